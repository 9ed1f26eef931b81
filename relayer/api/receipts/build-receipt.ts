/**
 * Assembles an evidence receipt for a notarised record (relay.proto
 * `EvidenceReceipt`, version 1) from the sub-network and the main chain,
 * trusting neither endpoint:
 *
 * 1. the record is read at the sub-network's latest provable state;
 * 2. the main chain's client of the sub-network must hold a consensus
 *    state at or after the record's block + 1 (the header committing the
 *    record's state): its latest one if it is, otherwise the client is
 *    updated to the sub-network's latest header — every header verified
 *    locally first (`verifiedUpdate`), then submitted;
 * 3. the record's proof at that height, the sub-network header at it, the
 *    consensus state the main chain stores for it with its proof, and the
 *    main header committing that proof are fetched;
 * 4. the bundle is verified as a recipient would (`verifyEvidenceReceipt`,
 *    with the main header's own validator set in place of the recipient's
 *    anchor) and handed out only if it passes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  consensusStatePath,
  decodeConsensusState,
  decodeNotaryRecord,
  revisionOf,
  type NotaryRecord,
} from '../../../adapters/devnet/index.js';
import type { CallContext, Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { decodeIcs07Header } from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { tendermintClient, verifiedUpdate } from '../../delivery/verified-update.js';
import { ReceiptErrorCode, receiptError } from './errors.js';
import { forwarded } from './notarize.js';
import { parseRecordId } from './record-id.js';
import { EVIDENCE_RECEIPT_VERSION, verifyEvidenceReceipt } from './verify-receipt.js';

export interface ReceiptWait {
  /** How many times the main chain is asked for a state that commits a fresh client update. */
  readonly attempts: number;
  readonly intervalMs: number;
}

/** Long enough for a few blocks of a devnet at its default 500 ms. */
export const DEFAULT_RECEIPT_WAIT: ReceiptWait = { attempts: 40, intervalMs: 250 };

export interface BuildReceiptOptions {
  readonly sub: Ledger;
  readonly subChainId: string;
  readonly main: Ledger;
  readonly mainChainId: string;
  /** The main chain's client of the sub-network. */
  readonly mainClientId: string;
  readonly recordId: string;
  /** Nanoseconds since the epoch: the time sub-network headers are verified at before an update. */
  readonly now: bigint;
  readonly wait?: ReceiptWait;
  readonly ctx?: CallContext;
}

function inconsistent(message: string, context: Record<string, unknown>, cause?: unknown): IsthmusError {
  return receiptError(ReceiptErrorCode.SourceInconsistent, message, 'verification', context, cause);
}

function height(revision: bigint, h: bigint): v1.IHeight {
  return { revision: toU64(revision), height: toU64(h) };
}

/** The record at `res`, which must be the one of `documentHash`. */
function recordOf(res: v1.QueryProofResponse, documentHash: Uint8Array, chainId: string): NotaryRecord {
  let record: NotaryRecord;
  try {
    record = decodeNotaryRecord(res.value);
  } catch (cause) {
    throw inconsistent(`${chainId} serves an unreadable record`, { chainId }, cause);
  }
  if (!Buffer.from(record.documentHash).equals(documentHash)) {
    throw inconsistent(`${chainId} serves the record of another document`, { chainId });
  }
  return record;
}

/** The only client message of a response: a bare light block is asked for, never a chain of them. */
function onlyMessage(res: v1.GetClientMessageResponse, chainId: string, h: bigint): v1.IClientMessage {
  const [message, ...more] = res.messages;
  if (!message || more.length > 0) {
    throw inconsistent(`${chainId} served ${res.messages.length} headers for height ${h}`, {
      chainId,
      height: h,
    });
  }
  return message;
}

/**
 * Brings the main chain's client to a height committing the record's state;
 * returns that height and the main chain height from which its consensus
 * state must be readable (0 when no update was needed).
 */
async function anchorHeight(
  o: BuildReceiptOptions,
  record: NotaryRecord,
  subLatest: bigint,
): Promise<{ proofHeight: bigint; committedAt: bigint }> {
  const call = forwarded(o.ctx);
  const queried = await o.main.queryClient({ clientId: o.mainClientId }, call);
  if (queried.clientState?.status === v1.ClientStatus.CLIENT_STATUS_FROZEN) {
    throw receiptError(
      'CLIENT_FROZEN',
      `the main chain's client ${o.mainClientId} of ${o.subChainId} is frozen: its consensus states prove nothing`,
      'failed_precondition',
      { chainId: o.mainChainId, clientId: o.mainClientId },
    );
  }
  const client = await tendermintClient(o.main, o.mainClientId, o.subChainId);
  if (client.latestHeight > record.height) return { proofHeight: client.latestHeight, committedAt: 0n };
  const revision = revisionOf(o.subChainId);
  const update = await verifiedUpdate(o.sub, client, height(revision, subLatest), o.now);
  const res = await o.main.submit({ messages: update.messages }, call);
  const refused = res.results.find(
    (r) => r.code !== v1.ResultCode.RESULT_CODE_OK && r.code !== v1.ResultCode.RESULT_CODE_ALREADY_DONE,
  );
  if (refused) {
    throw receiptError(
      ReceiptErrorCode.SubmissionRefused,
      `${o.mainChainId} refused the update of ${o.mainClientId}: ${refused.errorCode} ${refused.message}`,
      refused.code === v1.ResultCode.RESULT_CODE_RETRY ? 'unavailable' : 'failed_precondition',
      { chainId: o.mainChainId, clientId: o.mainClientId, errorCode: refused.errorCode },
    );
  }
  return { proofHeight: subLatest, committedAt: fromU64(res.height?.height) };
}

/** The consensus state's proof from a main chain state at or after `committedAt`, waiting for its block to be committed. */
async function consensusProofOf(
  o: BuildReceiptOptions,
  path: string,
  committedAt: bigint,
): Promise<v1.QueryProofResponse> {
  const wait = o.wait ?? DEFAULT_RECEIPT_WAIT;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await o.main.queryProof({ path }, forwarded(o.ctx));
      if (res.exists && fromU64(res.height?.height) >= committedAt) return res;
      if (committedAt === 0n) {
        throw inconsistent(`${o.mainChainId} holds no consensus state at ${path}`, {
          chainId: o.mainChainId,
          path,
        });
      }
    } catch (err) {
      if (!IsthmusError.is(err, 'HEIGHT_NOT_COMMITTED')) throw err;
    }
    if (attempt >= wait.attempts) {
      throw receiptError(
        ReceiptErrorCode.NotReady,
        `${o.mainChainId} has not committed the client update of block ${committedAt} yet`,
        'unavailable',
        { chainId: o.mainChainId, height: committedAt },
      );
    }
    await sleep(wait.intervalMs, undefined, o.ctx?.signal ? { signal: o.ctx.signal } : {});
  }
}

/**
 * The record at the sub-network's latest provable state. The block that
 * recorded it may be the latest, whose state no header commits yet: a
 * record not found is looked for once more in a later state before it is
 * called absent.
 */
async function recordAtLatest(o: BuildReceiptOptions, path: string): Promise<v1.QueryProofResponse> {
  const wait = o.wait ?? DEFAULT_RECEIPT_WAIT;
  const first = await o.sub.queryProof({ path }, forwarded(o.ctx));
  const firstHeight = fromU64(first.height?.height);
  for (let attempt = 1, res = first; ; attempt++) {
    if (res.exists) return res;
    if (fromU64(res.height?.height) > firstHeight || attempt >= wait.attempts) {
      throw receiptError(
        ReceiptErrorCode.RecordNotFound,
        `${o.subChainId} holds no record ${o.recordId}`,
        'not_found',
        {
          chainId: o.subChainId,
          recordId: o.recordId,
        },
      );
    }
    await sleep(wait.intervalMs, undefined, o.ctx?.signal ? { signal: o.ctx.signal } : {});
    res = await o.sub.queryProof({ path }, forwarded(o.ctx));
  }
}

export async function buildEvidenceReceipt(o: BuildReceiptOptions): Promise<v1.EvidenceReceipt> {
  const call = forwarded(o.ctx);
  const ref = parseRecordId(o.recordId);
  if (ref.chainId !== o.subChainId) {
    throw receiptError(
      ReceiptErrorCode.InvalidArgument,
      `record_id names ${ref.chainId}, not ${o.subChainId}`,
      'invalid_argument',
      { field: 'record_id' },
    );
  }
  const latest = await recordAtLatest(o, ref.path);
  const record = recordOf(latest, ref.documentHash, o.subChainId);
  const subLatest = fromU64(latest.proof?.height?.height);
  if (subLatest <= record.height) {
    throw inconsistent(`${o.subChainId} proves a record of block ${record.height} at height ${subLatest}`, {
      chainId: o.subChainId,
    });
  }
  const { proofHeight, committedAt } = await anchorHeight(o, record, subLatest);
  const subRevision = revisionOf(o.subChainId);

  const recordProof = await o.sub.queryProof(
    { path: ref.path, height: height(subRevision, proofHeight - 1n) },
    call,
  );
  if (!recordProof.exists || fromU64(recordProof.proof?.height?.height) !== proofHeight) {
    throw inconsistent(`${o.subChainId} did not prove the record at height ${proofHeight}`, {
      chainId: o.subChainId,
      proofHeight,
    });
  }
  recordOf(recordProof, ref.documentHash, o.subChainId);
  const header = onlyMessage(
    await o.sub.getClientMessage({ targetHeight: height(subRevision, proofHeight) }, call),
    o.subChainId,
    proofHeight,
  );

  const consensusPath = consensusStatePath(o.mainClientId, subRevision, proofHeight);
  const consensusProof = await consensusProofOf(o, consensusPath, committedAt);
  const mainHeight = fromU64(consensusProof.proof?.height?.height);
  const mainHeader = onlyMessage(
    await o.main.getClientMessage({ targetHeight: consensusProof.proof?.height ?? null }, call),
    o.mainChainId,
    mainHeight,
  );

  let receipt: v1.EvidenceReceipt;
  let mainBlock;
  try {
    const consensus = decodeConsensusState(consensusProof.value);
    mainBlock = decodeIcs07Header(mainHeader.bytes ?? new Uint8Array(0)).lightBlock;
    receipt = v1.EvidenceReceipt.create({
      version: EVIDENCE_RECEIPT_VERSION,
      recordId: o.recordId,
      chainId: o.subChainId,
      path: ref.path,
      value: recordProof.value,
      proof: recordProof.proof ?? null,
      header,
      mainChainId: o.mainChainId,
      mainClientId: o.mainClientId,
      consensusState: {
        height: height(subRevision, proofHeight),
        timestampNs: toU64(consensus.timestamp),
        root: consensus.root,
        state: consensusProof.value,
      },
      consensusProof: consensusProof.proof ?? null,
      mainHeader,
      issuedAtNs: toU64(mainBlock.signedHeader.header.time),
    });
  } catch (cause) {
    throw inconsistent('an endpoint served a part of the receipt that does not decode', {}, cause);
  }
  try {
    verifyEvidenceReceipt(receipt, {
      chainId: o.mainChainId,
      validators: mainBlock.validatorSet,
      clients: new Map([[o.subChainId, o.mainClientId]]),
    });
  } catch (cause) {
    const code = IsthmusError.is(cause) ? cause.code : 'UNKNOWN';
    throw receiptError(
      ReceiptErrorCode.Unverified,
      `the receipt assembled for ${o.recordId} does not verify (${code}): an endpoint served false data`,
      'verification',
      { recordId: o.recordId, failedCheck: code },
      cause,
    );
  }
  return receipt;
}
