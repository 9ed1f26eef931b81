/**
 * `Ledger` wrappers for the delivery tests: one that records submissions,
 * and one that replaces some calls — to forge a proof, fail with a
 * transient error, or serve another chain's headers — the way a broken or
 * lying endpoint would.
 */
import type { Ledger } from '../../../../adapters/index.js';
import type { v1 } from '../../../../proto/index.js';

/** `inner` with the calls of `over` replaced. */
export function wrapLedger(inner: Ledger, over: Partial<Ledger> = {}): Ledger {
  return {
    getChainInfo: (req, ctx) => inner.getChainInfo(req, ctx),
    getLatestHeight: (req, ctx) => inner.getLatestHeight(req, ctx),
    getClientMessage: (req, ctx) => inner.getClientMessage(req, ctx),
    streamEvents: (req, ctx) => inner.streamEvents(req, ctx),
    queryProof: (req, ctx) => inner.queryProof(req, ctx),
    submit: (req, ctx) => inner.submit(req, ctx),
    queryClient: (req, ctx) => inner.queryClient(req, ctx),
    ...over,
  };
}

/** `inner`, recording every submission it forwards. */
export function countingLedger(inner: Ledger): { ledger: Ledger; submissions: v1.ISubmitRequest[] } {
  const submissions: v1.ISubmitRequest[] = [];
  const ledger = wrapLedger(inner, {
    submit: (req, ctx) => {
      submissions.push(req);
      return inner.submit(req, ctx);
    },
  });
  return { ledger, submissions };
}
