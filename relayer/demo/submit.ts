/**
 * Transactions the demo submits as each chain's own operators and apps
 * would (clients, channels, records), through the `Ledger` gRPC API only.
 * A rejected message fails the demo with DEMO_STEP_FAILED naming the step:
 * a demo that carried on past a refused setup step would only show a
 * confusing stall later.
 */
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, v1 } from '../../proto/index.js';

export const DEMO_STEP_FAILED = 'DEMO_STEP_FAILED';

export interface Submitted {
  /** The message's result data as text (a client id, a channel id, a sequence). */
  readonly data: string;
  /** The height of the block that holds it. */
  readonly height: bigint;
}

const utf8 = new TextDecoder();

/** Submits one message and waits for its block; DEMO_STEP_FAILED unless it is OK. */
export async function submitOne(ledger: Ledger, message: v1.IMsg, what: string): Promise<Submitted> {
  const response = await ledger.submit({ messages: [message] });
  const [result] = response.results;
  if (result?.code !== v1.ResultCode.RESULT_CODE_OK) {
    throw new IsthmusError(DEMO_STEP_FAILED, `${what}: ${result?.errorCode} ${result?.message}`, {
      context: { step: what, code: result?.errorCode },
    });
  }
  return {
    data: utf8.decode(result.data ?? new Uint8Array(0)),
    height: fromU64(response.height?.height),
  };
}
