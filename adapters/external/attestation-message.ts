/**
 * The `ClientMessage` of client type "attestation", both ways: `bytes` is
 * the UTF-8 JSON of one attestation in the attestation client's wire shape
 * (light-clients/attestation/wire.ts). An agency ledger encodes it in
 * GetClientMessage; a chain hosting an attestation client decodes it in
 * UpdateClient.
 */
import {
  attestationToJson,
  parseAttestationJson,
  type Attestation,
} from '../../light-clients/attestation/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { v1 } from '../../proto/index.js';

export const ATTESTATION_CLIENT_TYPE = 'attestation';

const utf8 = new TextEncoder();

export function encodeAttestationMessage(attestation: Attestation): v1.ClientMessage {
  return v1.ClientMessage.create({
    clientType: ATTESTATION_CLIENT_TYPE,
    bytes: utf8.encode(JSON.stringify(attestationToJson(attestation))),
  });
}

/**
 * The attestation a client message carries, its shape checked (not its
 * signatures: that is `verifyAttestation`'s job). Throws WRONG_CLIENT_TYPE
 * or MALFORMED_ATTESTATION (both invalid_argument).
 */
export function decodeAttestationMessage(message: v1.IClientMessage): Attestation {
  if (message.clientType !== ATTESTATION_CLIENT_TYPE) {
    throw new IsthmusError(
      'WRONG_CLIENT_TYPE',
      `expected a client message of type ${ATTESTATION_CLIENT_TYPE}, got ${message.clientType ?? ''}`,
      { category: 'invalid_argument', context: { clientType: message.clientType ?? '' } },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(message.bytes ?? new Uint8Array()));
  } catch (cause) {
    throw new IsthmusError('MALFORMED_ATTESTATION', 'the client message is not UTF-8 JSON', {
      category: 'invalid_argument',
      cause,
    });
  }
  return parseAttestationJson(json);
}
