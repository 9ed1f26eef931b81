/**
 * The checks every packet message makes before any proof: the packet names
 * this chain at its end, and travels the channel its channel end pairs
 * with the counterparty (ICS-04: the counterparty port and channel of the
 * channel end must be the packet's).
 */
import type { DeliverContext } from '../module.js';
import type { ChannelEnd } from './channels.js';
import { PacketErrorCode, packetError } from './errors.js';
import type { Packet } from './packet.js';

/** COUNTERPARTY_MISMATCH unless `packet` travels the channel `channel` pairs with its counterparty. */
export function checkCounterparty(channel: ChannelEnd, packet: Packet, side: 'source' | 'destination'): void {
  const counterpartyChain = side === 'destination' ? packet.sourceChain : packet.destChain;
  const counterpartyChannel = side === 'destination' ? packet.sourceChannel : packet.destChannel;
  if (
    counterpartyChain !== channel.counterpartyChainId ||
    counterpartyChannel !== channel.counterpartyChannelId ||
    packet.app !== channel.app
  ) {
    throw packetError(
      PacketErrorCode.CounterpartyMismatch,
      `the channel pairs app ${channel.app} with ${channel.counterpartyChainId}/${channel.counterpartyChannelId}`,
      { sequence: packet.sequence, counterpartyChain, counterpartyChannel, app: packet.app },
    );
  }
}

/** COUNTERPARTY_MISMATCH unless `chain` is this chain. */
export function checkThisChain(chain: string, ctx: DeliverContext, sequence: bigint): void {
  if (chain !== ctx.chainId) {
    throw packetError(
      PacketErrorCode.CounterpartyMismatch,
      `the packet names chain ${chain}, this is ${ctx.chainId}`,
      {
        chainId: chain,
        sequence,
      },
    );
  }
}
