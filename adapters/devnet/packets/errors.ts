/**
 * The packet module's refusals. Every one is an `IsthmusError` whose code is
 * part of the API (tested); a refused message changes nothing, because the
 * chain discards its store branch.
 */
import { IsthmusError, type ErrorCategory, type ErrorContext } from '../../../light-clients/index.js';

export const PacketErrorCode = {
  ChannelNotFound: 'CHANNEL_NOT_FOUND',
  ChannelClosed: 'CHANNEL_CLOSED',
  /** The packet's chains, channels or app are not the ones the channel end names. */
  CounterpartyMismatch: 'COUNTERPARTY_MISMATCH',
  /** SendPacket's app is not the channel's app. */
  AppMismatch: 'APP_MISMATCH',
  AppNotFound: 'APP_NOT_FOUND',
  /** SendPacket: the destination (as the channel's client knows it) is already past the timeout. */
  TimeoutAlreadyPassed: 'TIMEOUT_ALREADY_PASSED',
  /** RecvPacket: this chain is past the packet's timeout. */
  PacketTimedOut: 'PACKET_TIMED_OUT',
  PacketOutOfOrder: 'PACKET_OUT_OF_ORDER',
  /** TimeoutPacket on an ordered channel whose counterparty already received the packet. */
  PacketAlreadyReceived: 'PACKET_ALREADY_RECEIVED',
  CommitmentMismatch: 'COMMITMENT_MISMATCH',
  TimeoutNotReached: 'TIMEOUT_NOT_REACHED',
  InvalidPacket: 'INVALID_PACKET',
  InvalidChannel: 'INVALID_CHANNEL',
  InvalidAcknowledgement: 'INVALID_ACKNOWLEDGEMENT',
  /** A proof whose kind or height revision this chain's client of the counterparty cannot use. */
  ProofUnsupported: 'PROOF_UNSUPPORTED',
} as const;

export type PacketErrorCode = (typeof PacketErrorCode)[keyof typeof PacketErrorCode];

const CATEGORY: Readonly<Record<PacketErrorCode, ErrorCategory>> = {
  CHANNEL_NOT_FOUND: 'not_found',
  APP_NOT_FOUND: 'not_found',
  CHANNEL_CLOSED: 'failed_precondition',
  TIMEOUT_NOT_REACHED: 'failed_precondition',
  PACKET_TIMED_OUT: 'failed_precondition',
  PACKET_OUT_OF_ORDER: 'failed_precondition',
  PACKET_ALREADY_RECEIVED: 'failed_precondition',
  TIMEOUT_ALREADY_PASSED: 'invalid_argument',
  COUNTERPARTY_MISMATCH: 'invalid_argument',
  APP_MISMATCH: 'invalid_argument',
  COMMITMENT_MISMATCH: 'invalid_argument',
  INVALID_PACKET: 'invalid_argument',
  INVALID_CHANNEL: 'invalid_argument',
  INVALID_ACKNOWLEDGEMENT: 'invalid_argument',
  PROOF_UNSUPPORTED: 'invalid_argument',
};

export function packetError(
  code: PacketErrorCode,
  message: string,
  context: ErrorContext = {},
): IsthmusError {
  return new IsthmusError(code, message, { category: CATEGORY[code], context });
}
