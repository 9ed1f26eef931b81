/**
 * Notarize: records a document hash on a sub-network through its `Ledger`
 * (the devnet notary module, `Msg.notarize`) and answers with the record's
 * id and place. A hash recorded before is not an error — the record is
 * written once — and the answer then gives the first record's height and
 * no transaction id (the one that wrote it is not known to this call).
 */
import {
  checkNotarizeInput,
  decodeNotaryRecord,
  NotaryErrorCode,
  notaryPath,
} from '../../../adapters/devnet/index.js';
import type { CallContext, Ledger } from '../../../adapters/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { ReceiptErrorCode, receiptError } from './errors.js';
import { recordIdOf } from './record-id.js';

const NOTARY_CODES: ReadonlySet<string> = new Set(Object.values(NotaryErrorCode));

/** Only the cancellation of the caller's context travels to the chain. */
export function forwarded(ctx: CallContext | undefined): CallContext | undefined {
  return ctx?.signal ? { signal: ctx.signal } : undefined;
}

/**
 * Records `req.document_hash` on the chain `ledger` reaches (`req.chain_id`).
 * Refusals: INVALID_ARGUMENT (`chain_id`), the notary's NOTARY_* codes
 * (context `field`), SUBMISSION_REFUSED, or the chain's RETRY as unavailable.
 */
export async function notarize(
  ledger: Ledger,
  req: v1.INotarizeRequest,
  ctx?: CallContext,
): Promise<v1.NotarizeResponse> {
  const chainId = req.chainId ?? '';
  if (chainId.length === 0) {
    throw receiptError(ReceiptErrorCode.InvalidArgument, 'chain_id is empty', 'invalid_argument', {
      field: 'chain_id',
    });
  }
  const input = {
    documentHash: req.documentHash ?? new Uint8Array(0),
    hashAlgorithm: req.hashAlgorithm ?? '',
    label: req.label ?? '',
  };
  checkNotarizeInput(input);
  const res = await ledger.submit({ messages: [{ notarize: input }] }, forwarded(ctx));
  const result = res.results[0];
  const {
    RESULT_CODE_OK: OK,
    RESULT_CODE_ALREADY_DONE: ALREADY_DONE,
    RESULT_CODE_RETRY: RETRY,
  } = v1.ResultCode;
  if (result?.code !== OK && result?.code !== ALREADY_DONE) {
    const code = result?.errorCode || ReceiptErrorCode.SubmissionRefused;
    throw receiptError(
      code,
      `${chainId} did not record the hash: ${result?.message ?? 'no result'}`,
      result?.code === RETRY
        ? 'unavailable'
        : NOTARY_CODES.has(code)
          ? 'invalid_argument'
          : 'failed_precondition',
      { chainId },
    );
  }
  let record;
  try {
    record = decodeNotaryRecord(result.data ?? new Uint8Array(0));
  } catch (cause) {
    throw receiptError(
      ReceiptErrorCode.SourceInconsistent,
      `${chainId} answered with no readable record`,
      'verification',
      { chainId },
      cause,
    );
  }
  if (!Buffer.from(record.documentHash).equals(input.documentHash)) {
    throw receiptError(
      ReceiptErrorCode.SourceInconsistent,
      `${chainId} answered with another record`,
      'verification',
      {
        chainId,
      },
    );
  }
  const fresh = result.code === OK;
  return v1.NotarizeResponse.create({
    recordId: recordIdOf(chainId, input.documentHash),
    chainId,
    path: notaryPath(input.documentHash),
    height: fresh
      ? (res.height ?? null)
      : { revision: res.height?.revision ?? null, height: toU64(record.height) },
    txId: fresh ? res.txId : '',
  });
}
