/**
 * Clearing's one failure: a `Ledger` read that did not answer. Clearing
 * reads only, so the whole run can be repeated; the error keeps the
 * category of an Isthmus cause (a transport failure is `unavailable`,
 * hence retryable) and names the chain and the read that failed.
 */
import { IsthmusError } from '../../light-clients/index.js';

export const CLEARING_LEDGER_FAILED = 'CLEARING_LEDGER_FAILED';

export interface LedgerReadContext {
  readonly chainId: string;
  /** "getLatestHeight", "streamEvents" or "queryProof". */
  readonly operation: string;
  readonly path?: string;
}

export function ledgerReadFailed(context: LedgerReadContext, cause: unknown): IsthmusError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new IsthmusError(
    CLEARING_LEDGER_FAILED,
    `clearing could not read ${context.chainId} (${context.operation}): ${reason}`,
    {
      category: cause instanceof IsthmusError ? cause.category : 'unavailable',
      context: { ...context, ...(cause instanceof IsthmusError ? { causeCode: cause.code } : {}) },
      cause,
    },
  );
}

/** Runs one Ledger read, turning its failure into CLEARING_LEDGER_FAILED. */
export async function ledgerRead<T>(context: LedgerReadContext, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw ledgerReadFailed(context, err);
  }
}
