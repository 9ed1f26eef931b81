/**
 * A recognised block event (events.ts) as the `ChainEvent` of the Ledger
 * contract: positioned by (height, tx index, event index), stamped with the
 * chain id, the block time and the transaction id.
 */
import { toU64, v1 } from '../../proto/index.js';
import type { BlockInfo } from './block.js';
import type { BlockEvent } from './events.js';

export interface EventOrigin {
  readonly chainId: string;
  readonly revision: bigint;
  readonly block: BlockInfo;
}

export function chainEventOf(event: BlockEvent, origin: EventOrigin): v1.ChainEvent {
  const { chainId, revision, block } = origin;
  const p = event.packet;
  const c = event.client;
  return v1.ChainEvent.create({
    chainId,
    kind: event.kind,
    cursor: {
      height: { revision: toU64(revision), height: toU64(block.height) },
      txIndex: event.txIndex,
      eventIndex: event.eventIndex,
    },
    txId: block.txIds[event.txIndex] ?? '',
    timeNs: toU64(block.timeNs),
    ...(p
      ? {
          packet: {
            sequence: toU64(p.sequence),
            sourceChain: p.emittedBy === 'source' ? chainId : '',
            sourceChannel: p.sourceChannel,
            destChain: p.emittedBy === 'destination' ? chainId : '',
            destChannel: p.destChannel,
            app: p.app,
            payload: p.payload,
            timeoutHeight: { revision: toU64(p.timeoutRevision), height: toU64(p.timeoutHeight) },
            timeoutTimestampNs: toU64(p.timeoutTimestampNs),
          },
        }
      : {}),
    ...(event.acknowledgement ? { acknowledgement: event.acknowledgement } : {}),
    ...(c
      ? {
          client: {
            clientId: c.clientId,
            clientType: c.clientType,
            consensusHeight: { revision: toU64(c.consensusRevision), height: toU64(c.consensusHeight) },
            ...(c.header ? { message: { clientType: c.clientType, bytes: c.header } } : {}),
          },
        }
      : {}),
  });
}
