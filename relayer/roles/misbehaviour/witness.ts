/**
 * A witness's header at the height a host's client was updated to: the
 * same `GetClientMessage` a relayer asks its primary (trusted height =
 * the update's trusted height, target = its height); the last message
 * reaches the target. Only the target's light block is compared; the
 * evidence re-anchors it at the update's trusted point, the one consensus
 * state the host is known to hold for it.
 */
import type { CallContext, Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  decodeIcs07Header,
  type Ics07Header,
  type TrustedPoint,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, type v1 } from '../../../proto/index.js';

export const WITNESS_WRONG_HEADER = 'WITNESS_WRONG_HEADER';

/** The witness's header at `target`; WITNESS_WRONG_HEADER when it serves none, or one of another height. */
export async function witnessHeader(
  witness: Ledger,
  trusted: TrustedPoint | undefined,
  target: v1.IHeight,
  ctx: CallContext = {},
): Promise<Ics07Header> {
  const res = await witness.getClientMessage(
    {
      ...(trusted
        ? { trustedHeight: { revision: toU64(trusted.revision), height: toU64(trusted.height) } }
        : {}),
      targetHeight: target,
    },
    ctx,
  );
  const height = fromU64(target.height);
  const last = res.messages.at(-1);
  const header = last ? decodeIcs07Header(last.bytes ?? new Uint8Array(0)) : undefined;
  const served = header?.lightBlock.signedHeader.header.height;
  if (header === undefined || served !== height) {
    throw new IsthmusError(
      WITNESS_WRONG_HEADER,
      `the witness served ${served === undefined ? 'no header' : `a header at height ${served}`} for height ${height}`,
      { category: 'failed_precondition', context: { height, served } },
    );
  }
  return header;
}

/** The witness's light block as an update from `trusted` (the point the primary's update used). */
export function anchoredAt(header: Ics07Header, trusted: TrustedPoint | undefined): Ics07Header {
  return trusted ? { lightBlock: header.lightBlock, trusted } : { lightBlock: header.lightBlock };
}
