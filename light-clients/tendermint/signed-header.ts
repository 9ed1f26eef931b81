/**
 * Checks a signed header needs before any signature is looked at
 * (CometBFT `types/block.go` `Header.ValidateBasic`, `Commit.ValidateBasic`,
 * `CommitSig.ValidateBasic`, `types/light.go` `SignedHeader.ValidateBasic`):
 * the chain id, field sizes, and that the commit is for this very header.
 */
import { TendermintErrorCode, fail, malformed } from './errors.js';
import { headerHash } from './header-hash.js';
import { BlockIdFlag, type BlockId, type Commit, type Header, type SignedHeader } from './types.js';
import { bytesEqual } from '../bytes.js';
import { ADDRESS_LENGTH } from './validator-set.js';

/** The block protocol version this client verifies (`version.BlockProtocol`). */
export const BLOCK_PROTOCOL = 11n;
const HASH_LENGTH = 32;
const MAX_CHAIN_ID_LENGTH = 50;
const MAX_SIGNATURE_LENGTH = 64;

function checkHash(field: string, hash: Uint8Array): void {
  if (hash.length !== 0 && hash.length !== HASH_LENGTH) {
    throw malformed(field, `expected ${HASH_LENGTH} bytes or none, got ${hash.length}`);
  }
}

function checkBlockId(field: string, id: BlockId): void {
  checkHash(`${field}.hash`, id.hash);
  checkHash(`${field}.part_set_header.hash`, id.partSetHeader.hash);
  if (id.partSetHeader.total < 0) throw malformed(`${field}.part_set_header.total`, 'negative');
}

function checkHeader(h: Header): void {
  if (h.version.block !== BLOCK_PROTOCOL) {
    throw malformed('header.version.block', `block protocol ${h.version.block}, expected ${BLOCK_PROTOCOL}`);
  }
  if (h.chainId.length > MAX_CHAIN_ID_LENGTH) throw malformed('header.chain_id', 'longer than 50 characters');
  if (h.height <= 0n) throw malformed('header.height', 'must be positive');
  checkBlockId('header.last_block_id', h.lastBlockId);
  checkHash('header.last_commit_hash', h.lastCommitHash);
  checkHash('header.data_hash', h.dataHash);
  checkHash('header.evidence_hash', h.evidenceHash);
  checkHash('header.validators_hash', h.validatorsHash);
  checkHash('header.next_validators_hash', h.nextValidatorsHash);
  checkHash('header.consensus_hash', h.consensusHash);
  checkHash('header.last_results_hash', h.lastResultsHash);
  if (h.proposerAddress.length !== ADDRESS_LENGTH) {
    throw malformed('header.proposer_address', `expected ${ADDRESS_LENGTH} bytes`);
  }
}

function checkCommit(c: Commit): void {
  if (c.round < 0) throw malformed('commit.round', 'negative');
  checkBlockId('commit.block_id', c.blockId);
  if (c.signatures.length === 0) throw malformed('commit.signatures', 'no signatures');
  c.signatures.forEach((sig, i) => {
    const field = `commit.signatures[${i}]`;
    if (sig.blockIdFlag === BlockIdFlag.Absent) {
      if (sig.validatorAddress.length !== 0 || sig.signature.length !== 0) {
        throw malformed(field, 'an absent vote carries no address or signature');
      }
      return;
    }
    if (sig.validatorAddress.length !== ADDRESS_LENGTH) {
      throw malformed(`${field}.validator_address`, `expected ${ADDRESS_LENGTH} bytes`);
    }
    if (sig.signature.length === 0 || sig.signature.length > MAX_SIGNATURE_LENGTH) {
      throw malformed(`${field}.signature`, `expected 1 to ${MAX_SIGNATURE_LENGTH} bytes`);
    }
  });
}

/**
 * Checks `sh` belongs to `chainId` and is well formed, and that its commit
 * is for it; returns the header's hash.
 */
export function validateSignedHeader(sh: SignedHeader, chainId: string): Uint8Array {
  const { header, commit } = sh;
  if (header.chainId !== chainId) {
    throw fail(
      TendermintErrorCode.WrongChainId,
      `header is for chain ${JSON.stringify(header.chainId)}, expected ${JSON.stringify(chainId)}`,
      {
        chainId: header.chainId,
        expected: chainId,
        height: header.height,
      },
    );
  }
  checkHeader(header);
  checkCommit(commit);
  if (commit.height !== header.height) {
    throw fail(
      TendermintErrorCode.CommitBlockIdMismatch,
      `commit is for height ${commit.height}, header is at ${header.height}`,
      {
        height: header.height,
        commitHeight: commit.height,
      },
    );
  }
  const hash = headerHash(header);
  if (!bytesEqual(hash, commit.blockId.hash)) {
    throw fail(
      TendermintErrorCode.CommitBlockIdMismatch,
      `commit signs another block than the header at height ${header.height}`,
      {
        height: header.height,
      },
    );
  }
  return hash;
}
