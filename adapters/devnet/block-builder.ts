/**
 * Builds a devnet block's CometBFT `SignedHeader` (types/block.go): the
 * header of height h with the validators of h and h+1, the app hash of the
 * state after block h-1 and the id of block h-1, hashed with `headerHash`,
 * and a commit (round 0) in which every validator of the set precommits
 * over its `voteSignBytes` — byte for byte what a CometBFT light client
 * verifies.
 *
 * Hashes CometBFT derives from parts a devnet has no use for are made
 * deterministic: data = Merkle root of the transactions, last results =
 * Merkle root of the previous block's results, last commit = Merkle root of
 * the previous commit's signatures, evidence = the empty root, consensus =
 * SHA-256 of a fixed parameters label.
 */
import { sha256 } from '../../light-clients/index.js';
import {
  BLOCK_PROTOCOL,
  BlockIdFlag,
  commitSignBytes,
  headerHash,
  merkleRoot,
  validatorSetHash,
  type BlockId,
  type Commit,
  type Header,
  type SignedHeader,
  type ValidatorSet,
} from '../../light-clients/tendermint/index.js';
import type { ValidatorKey } from './keys.js';

const CONSENSUS_HASH = sha256(new TextEncoder().encode('isthmus/devnet-consensus-params/v1'));
const EMPTY_BLOCK_ID: BlockId = {
  hash: new Uint8Array(0),
  partSetHeader: { total: 0, hash: new Uint8Array(0) },
};

export interface BlockInput {
  readonly chainId: string;
  readonly height: bigint;
  readonly timeNs: bigint;
  readonly validators: ValidatorSet;
  readonly nextValidators: ValidatorSet;
  /** Store root after block h-1 (empty for block 1: no state was committed before it). */
  readonly appHash: Uint8Array;
  /** The signed header of h-1, undefined for block 1. */
  readonly previous: SignedHeader | undefined;
  readonly txs: readonly Uint8Array[];
  /** Encoded results of the previous block's transactions. */
  readonly lastResults: readonly Uint8Array[];
  /** Signs for a validator of `validators`, by public key. */
  readonly signer: (publicKey: Uint8Array) => ValidatorKey;
}

function proposerOf(set: ValidatorSet, height: bigint): Uint8Array {
  // Round-robin by height: deterministic, and every validator proposes in turn.
  const proposer = set.validators[Number(height % BigInt(set.validators.length))];
  if (!proposer) throw new RangeError('empty validator set');
  return proposer.address;
}

export function buildSignedHeader(input: BlockInput): SignedHeader {
  const previous = input.previous;
  const header: Header = {
    version: { block: BLOCK_PROTOCOL, app: 0n },
    chainId: input.chainId,
    height: input.height,
    time: input.timeNs,
    lastBlockId: previous ? previous.commit.blockId : EMPTY_BLOCK_ID,
    lastCommitHash: merkleRoot(previous ? previous.commit.signatures.map((s) => s.signature) : []),
    dataHash: merkleRoot(input.txs),
    validatorsHash: validatorSetHash(input.validators),
    nextValidatorsHash: validatorSetHash(input.nextValidators),
    consensusHash: CONSENSUS_HASH,
    appHash: input.appHash,
    lastResultsHash: merkleRoot(input.lastResults),
    evidenceHash: merkleRoot([]),
    proposerAddress: proposerOf(input.validators, input.height),
  };
  const hash = headerHash(header);
  const unsigned: Commit = {
    height: input.height,
    round: 0,
    blockId: { hash, partSetHeader: { total: 1, hash: sha256(hash) } },
    signatures: [],
  };
  const signBytes = commitSignBytes(input.chainId, unsigned);
  // Votes carry the block time: what BFT time would make the next block's time at least.
  const message = signBytes(BlockIdFlag.Commit, input.timeNs);
  const signatures = input.validators.validators.map((v) => ({
    blockIdFlag: BlockIdFlag.Commit,
    validatorAddress: v.address,
    timestamp: input.timeNs,
    signature: input.signer(v.pubKey.bytes).sign(message),
  }));
  return { header, commit: { ...unsigned, signatures } };
}
