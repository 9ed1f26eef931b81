/**
 * The codes the SDK raises itself. Failures of a call keep the code the
 * server (or the transport) gave them; these name what happens on the
 * caller's side of the wire. Each is part of the public API.
 */
export const SdkErrorCode = {
  /** A client option is out of range or contradicts another. */
  OptionsInvalid: 'SDK_OPTIONS_INVALID',
  /** A bearer token would travel in clear text to a host that is not loopback. */
  TokenRequiresTls: 'SDK_TOKEN_REQUIRES_TLS',
  /** A message id is not `<source_chain>/<source_channel>/<sequence>`. */
  MessageIdInvalid: 'SDK_MESSAGE_ID_INVALID',
  /** The message reached a final status from which the awaited one cannot follow. */
  StatusUnreachable: 'SDK_STATUS_UNREACHABLE',
  /** The awaited status did not arrive in time. */
  WaitTimeout: 'SDK_WAIT_TIMEOUT',
  /** The watch ended (server closed it, or it was cancelled) before the awaited status. */
  WatchEnded: 'SDK_WATCH_ENDED',
  /** A message watch was iterated a second time. */
  WatchReused: 'SDK_WATCH_REUSED',
  /** A sealed payload does not parse: wrong magic, unknown version, too short. */
  PayloadEnvelopeMalformed: 'PAYLOAD_ENVELOPE_MALFORMED',
  /** A sealed payload does not open: another key, another channel or app, or altered bytes. */
  PayloadDecryptFailed: 'PAYLOAD_DECRYPT_FAILED',
  /** A payload key is not 32 bytes (raw) or not base64 of 32 bytes. */
  PayloadKeyInvalid: 'PAYLOAD_KEY_INVALID',
} as const;

export type SdkErrorCode = (typeof SdkErrorCode)[keyof typeof SdkErrorCode];
