/**
 * Offline verification of an evidence receipt (relay.proto
 * `EvidenceReceipt`): a pure function of the bundle and the verifier's
 * trust anchor — no I/O, no clock. It walks the chain of trust from the
 * anchor down to the record; each step stands on the one before:
 *
 * 1. the record: `record_id`, `path` and `value` name one document hash
 *    and the record is of a block before the proof's state;
 * 2. (d) the main header: of the anchor's chain, and more than 2/3 of the
 *    anchor's validator power signed it; its own set hashes to its
 *    `validators_hash` and signed it too;
 * 3. (c) the consensus state: its exact stored encoding is at
 *    `clients/{main_client_id}/consensusStates/{rev}-{height}` in the state
 *    the main header's app hash commits (the devnet convention: the main
 *    proof's height is that header's), and the client is the one the
 *    anchor names for the sub-network;
 * 4. (b) the sub-network header at the proof height: its own set (hashing
 *    to `validators_hash`) signed it with more than 2/3 of the power, and
 *    its time, app hash and next validators hash are the consensus state's;
 * 5. (a) the record: `value` is at `path` in the state that header's app
 *    hash commits (a proof of the state after block h has height h+1).
 *
 * Every byte of a bundle carries meaning, so a bundle has one reading:
 * headers must be in their canonical encoding, every signature present in
 * a commit must verify (not only those a threshold needs), and
 * `issued_at_ns` is the main header's time.
 */
import {
  consensusStatePath,
  decodeConsensusState,
  decodeNotaryRecord,
  notaryPath,
  PROOF_KIND_ICS23,
  revisionOf,
  TENDERMINT_CLIENT_TYPE,
  type NotaryRecord,
} from '../../../adapters/devnet/index.js';
import { IsthmusError, verifySignature } from '../../../light-clients/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import {
  BlockIdFlag,
  commitSignBytes,
  decodeIcs07Header,
  encodeIcs07Header,
  TendermintErrorCode,
  validateSignedHeader,
  validatorSetHash,
  verifyCommitLight,
  verifyCommitLightTrusting,
  type Commit,
  type CommitTally,
  type LightBlock,
  type ValidatorSet,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, type v1 } from '../../../proto/index.js';
import { ReceiptErrorCode, receiptError } from './errors.js';
import { recordIdOf } from './record-id.js';
import type { TrustAnchor } from './trust-anchor.js';

/** The bundle layout this verifier reads (`EvidenceReceipt.version`). */
export const EVIDENCE_RECEIPT_VERSION = 1;
const TWO_THIRDS = { numerator: 2n, denominator: 3n };
const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

export interface VerifiedReceipt {
  readonly recordId: string;
  readonly chainId: string;
  readonly path: string;
  readonly record: NotaryRecord;
  /** The sub-network height whose header commits the state holding the record. */
  readonly proofHeight: bigint;
  readonly subHeaderHash: Uint8Array;
  readonly mainChainId: string;
  readonly mainClientId: string;
  readonly mainHeight: bigint;
  readonly mainTimeNs: bigint;
  readonly mainHeaderHash: Uint8Array;
  /** What the anchor's validators signed of the main header. */
  readonly mainTally: CommitTally;
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(b);

function inconsistent(message: string, context: Record<string, unknown> = {}): IsthmusError {
  return receiptError(ReceiptErrorCode.Inconsistent, message, 'verification', context);
}

function malformed(message: string, cause?: unknown): IsthmusError {
  return receiptError(ReceiptErrorCode.Malformed, message, 'invalid_argument', {}, cause);
}

function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw malformed(`the bundle has no ${field}`);
  return value;
}

/** The light block of a bare "tendermint" client message, which must be in its canonical encoding. */
function lightBlockOf(message: v1.IClientMessage, field: string): LightBlock {
  if (message.clientType !== TENDERMINT_CLIENT_TYPE) {
    throw malformed(`${field} is of client type ${JSON.stringify(message.clientType ?? '')}, not tendermint`);
  }
  const bytes = message.bytes ?? EMPTY;
  const { lightBlock, trusted } = decodeIcs07Header(bytes);
  if (trusted || !same(encodeIcs07Header({ lightBlock }), bytes)) {
    throw malformed(`${field} is not a light block in its canonical encoding`);
  }
  return lightBlock;
}

/** `block`'s set is the one its header names, and every vote in its commit verifies (a stricter rule than a threshold's). */
function checkOwnSet(chainId: string, block: LightBlock, field: string): CommitTally {
  const { header, commit } = block.signedHeader;
  if (!same(validatorSetHash(block.validatorSet), header.validatorsHash)) {
    throw inconsistent(`the validator set of ${field} is not the one its header names`, {
      height: header.height,
    });
  }
  const tally = verifyCommitLight(chainId, block.validatorSet, commit);
  verifyEverySignature(chainId, block.validatorSet, commit, field);
  return tally;
}

function verifyEverySignature(chainId: string, set: ValidatorSet, commit: Commit, field: string): void {
  const signBytes = commitSignBytes(chainId, commit);
  commit.signatures.forEach((sig, index) => {
    if (sig.blockIdFlag === BlockIdFlag.Absent) return;
    const validator = set.validators[index];
    const ok =
      validator !== undefined &&
      same(validator.address, sig.validatorAddress) &&
      verifySignature(
        validator.pubKey.type,
        validator.pubKey.bytes,
        signBytes(sig.blockIdFlag, sig.timestamp),
        sig.signature,
      );
    if (!ok) {
      throw new IsthmusError(
        TendermintErrorCode.BadSignature,
        `signature #${index} of the commit of ${field} does not verify`,
        { category: 'verification', context: { index, height: commit.height } },
      );
    }
  });
}

function check(bundle: v1.IEvidenceReceipt, trust: TrustAnchor): VerifiedReceipt {
  if ((bundle.version ?? 0) !== EVIDENCE_RECEIPT_VERSION) {
    throw receiptError(
      ReceiptErrorCode.VersionUnsupported,
      `bundle version ${bundle.version ?? 0} is not ${EVIDENCE_RECEIPT_VERSION}`,
      'invalid_argument',
      { version: bundle.version ?? 0 },
    );
  }
  const chainId = bundle.chainId ?? '';
  const mainChainId = bundle.mainChainId ?? '';
  const mainClientId = bundle.mainClientId ?? '';
  const path = bundle.path ?? '';
  const value = bundle.value ?? EMPTY;
  const proof = required(bundle.proof, 'proof');
  const consensusState = required(bundle.consensusState, 'consensus_state');
  const consensusProof = required(bundle.consensusProof, 'consensus_proof');
  if (proof.kind !== PROOF_KIND_ICS23 || consensusProof.kind !== PROOF_KIND_ICS23) {
    throw malformed('the proofs are not ics23 proofs');
  }

  // 1. What the bundle claims: one record, named alike by its id, path and value.
  const record = decodeNotaryRecord(value);
  const recordId = recordIdOf(chainId, record.documentHash);
  if (bundle.recordId !== recordId || path !== notaryPath(record.documentHash)) {
    throw inconsistent('record_id, path and the record name different documents', {
      recordId: bundle.recordId,
    });
  }
  const proofRevision = fromU64(proof.height?.revision);
  const proofHeight = fromU64(proof.height?.height);
  if (proofRevision !== revisionOf(chainId) || record.height >= proofHeight) {
    throw inconsistent(
      `a proof at height ${proofRevision}-${proofHeight} cannot hold a record of block ${record.height}`,
      {
        proofHeight,
        recordHeight: record.height,
      },
    );
  }

  // 2. (d) The main header, under the anchor.
  if (mainChainId !== trust.chainId) {
    throw receiptError(
      ReceiptErrorCode.WrongMainChain,
      `the bundle rests on ${JSON.stringify(mainChainId)}, the trust anchor is of ${JSON.stringify(trust.chainId)}`,
      'verification',
      { mainChainId, anchorChainId: trust.chainId },
    );
  }
  const main = lightBlockOf(required(bundle.mainHeader, 'main_header'), 'main_header');
  const mainHeaderHash = validateSignedHeader(main.signedHeader, mainChainId);
  const mainTally = verifyCommitLightTrusting(
    mainChainId,
    trust.validators,
    main.signedHeader.commit,
    TWO_THIRDS,
  );
  checkOwnSet(mainChainId, main, 'main_header');
  const mainHeader = main.signedHeader.header;
  if (
    fromU64(consensusProof.height?.height) !== mainHeader.height ||
    fromU64(consensusProof.height?.revision) !== revisionOf(mainChainId)
  ) {
    throw inconsistent("consensus_proof is not at the main header's height", {
      mainHeight: mainHeader.height,
    });
  }
  if (fromU64(bundle.issuedAtNs) !== mainHeader.time) {
    throw inconsistent("issued_at_ns is not the main header's time", { mainHeight: mainHeader.height });
  }

  // 3. (c) The consensus state, held by the anchor's client of the sub-network, in the main chain's state.
  if (trust.clients.get(chainId) !== mainClientId) {
    throw receiptError(
      ReceiptErrorCode.ClientUntrusted,
      `the trust anchor does not name ${JSON.stringify(mainClientId)} as the main chain's client of ${JSON.stringify(chainId)}`,
      'verification',
      { chainId, mainClientId },
    );
  }
  const stored = consensusState.state ?? EMPTY;
  const consensus = decodeConsensusState(stored);
  if (
    fromU64(consensusState.height?.revision) !== proofRevision ||
    fromU64(consensusState.height?.height) !== proofHeight ||
    fromU64(consensusState.timestampNs) !== consensus.timestamp ||
    !same(consensusState.root ?? EMPTY, consensus.root)
  ) {
    throw inconsistent('consensus_state disagrees with its own encoding or with the proof height', {
      proofHeight,
    });
  }
  const consensusKey = encoder.encode(consensusStatePath(mainClientId, proofRevision, proofHeight));
  verifyMerkleProof(mainHeader.appHash, consensusProof.bytes ?? EMPTY, [consensusKey], stored, [
    tendermintSpec,
  ]);

  // 4. (b) The sub-network header the consensus state stands for.
  const sub = lightBlockOf(required(bundle.header, 'header'), 'header');
  const subHeaderHash = validateSignedHeader(sub.signedHeader, chainId);
  const subHeader = sub.signedHeader.header;
  if (subHeader.height !== proofHeight) {
    throw inconsistent(`header is at height ${subHeader.height}, the proof at ${proofHeight}`, {
      proofHeight,
    });
  }
  checkOwnSet(chainId, sub, 'header');
  if (
    subHeader.time !== consensus.timestamp ||
    !same(subHeader.appHash, consensus.root) ||
    !same(subHeader.nextValidatorsHash, consensus.nextValidatorsHash)
  ) {
    throw inconsistent("header is not the one the main chain's consensus state stands for", { proofHeight });
  }

  // 5. (a) The record in the sub-network's state.
  verifyMerkleProof(subHeader.appHash, proof.bytes ?? EMPTY, [encoder.encode(path)], value, [tendermintSpec]);

  return {
    recordId,
    chainId,
    path,
    record,
    proofHeight,
    subHeaderHash,
    mainChainId,
    mainClientId,
    mainHeight: mainHeader.height,
    mainTimeNs: mainHeader.time,
    mainHeaderHash,
    mainTally,
  };
}

/**
 * Verifies `bundle` under `trust`; returns what it proves or throws an
 * IsthmusError naming the check that failed (a light client's code, or one
 * of `ReceiptErrorCode`).
 */
export function verifyEvidenceReceipt(bundle: v1.IEvidenceReceipt, trust: TrustAnchor): VerifiedReceipt {
  try {
    return check(bundle, trust);
  } catch (err) {
    if (err instanceof IsthmusError) throw err;
    // A decoder's own exception (a bundle no encoder wrote): the bundle is malformed.
    throw malformed('a part of the bundle does not decode', err);
  }
}
