/**
 * The examples of docs/sdk.md, whole. They are type-checked with the rest
 * of the code (test/integration/sdk/relay-client.test.ts imports them) and
 * that test runs them against a Relay server. An application imports the
 * SDK from its package; here the import is relative.
 */
import { createHash } from 'node:crypto';
import {
  exportPayloadKey,
  generatePayloadKeyPair,
  importPayloadKey,
  messageStatusName,
  openPayload,
  RelayClient,
  sealPayload,
  v1,
  type PayloadContext,
} from '../../relayer/sdk/index.js';

// --- Connecting -------------------------------------------------------------

/** mTLS: the agency's certificate and key, and the CA the Relay's certificate leads to. */
export function connectWithMtls(address: string, dir: string): RelayClient {
  return new RelayClient({
    address,
    tls: {
      ca: { path: `${dir}/ca.pem` },
      cert: { path: `${dir}/agency.pem` },
      key: { path: `${dir}/agency.key` },
    },
    timeoutMs: 5_000, // each attempt's deadline; per call: { timeoutMs }
  });
}

/** TLS with a bearer token, read again before every call so a rotated token is picked up. */
export function connectWithToken(address: string, ca: Uint8Array, readToken: () => string): RelayClient {
  return new RelayClient({ address, tls: { ca }, token: readToken });
}

// --- Sending ----------------------------------------------------------------

/** Sends a record; the key makes a retry — by this client or after a restart — send it once. */
export async function sendRecord(client: RelayClient, caseNumber: string): Promise<string> {
  const sent = await client.sendMessage({
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    app: 'records',
    payload: new TextEncoder().encode(JSON.stringify({ caseNumber, status: 'closed' })),
    timeoutHeight: { revision: 1n, height: 1_000_000n },
    idempotencyKey: `case-${caseNumber}`,
  });
  return sent.messageId;
}

// --- Tracking and watching --------------------------------------------------

/** Waits until the destination acknowledged the message (or it timed out or failed). */
export async function untilAcknowledged(client: RelayClient, messageId: string): Promise<number> {
  const message = await client.waitForStatus(messageId, 'acknowledged', { timeoutMs: 120_000 });
  return message.hops?.length ?? 0;
}

/** Follows a channel's acknowledged messages; a dropped stream resumes from the last cursor by itself. */
export async function followChannel(client: RelayClient, stopAfter: number): Promise<string> {
  const watch = client.watchMessages({
    chainId: 'health-1',
    channel: 'channel-0',
    statuses: ['acknowledged'],
  });
  const seen: string[] = [];
  for await (const { message } of watch) {
    seen.push(`${message?.messageId} ${messageStatusName(message?.status)}`);
    if (seen.length >= stopAfter) watch.cancel();
  }
  return watch.cursor; // store it: a later watch passes it as `cursor` and skips nothing
}

// --- Verified state ---------------------------------------------------------

/** A value on another chain, accepted only if Isthmus's light client verified its proof. */
export async function readVerified(client: RelayClient, path: string): Promise<Uint8Array | undefined> {
  const state = await client.queryState({ chainId: 'main-1', path });
  if (state.verdict?.verified !== true) throw new Error(`proof of ${path} not verified`);
  return state.exists ? state.value : undefined;
}

// --- Schemas ----------------------------------------------------------------

/** Registers the JSON Schema of a channel's payloads; SendMessage validates against it. */
export async function registerRecordSchema(client: RelayClient): Promise<number> {
  const definition = { type: 'object', required: ['caseNumber', 'status'] };
  const { schema } = await client.registerSchema({
    chainId: 'health-1',
    channel: 'channel-0',
    name: 'case-status',
    format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA,
    definition: new TextEncoder().encode(JSON.stringify(definition)),
  });
  return schema?.version ?? 0;
}

// --- Notarizing and evidence receipts ---------------------------------------

/** Notarizes a document's hash (the document stays here) and fetches its evidence receipt. */
export async function notarizeDocument(client: RelayClient, document: Uint8Array): Promise<Uint8Array> {
  const documentHash = createHash('sha256').update(document).digest();
  const { recordId } = await client.notarize({
    chainId: 'notary-1',
    documentHash,
    label: 'permit 2025-0042',
    idempotencyKey: documentHash.toString('hex'),
  });
  const receipt = await client.getEvidenceReceipt(recordId);
  return receipt.value; // check offline with `isthmus verify receipt`
}

// --- Encryption -------------------------------------------------------------

/** The receiving agency, once: a key pair; it publishes the public key, keeps the private one. */
export function makeAgencyKeys(): { publicKey: string; privateKey: string } {
  const pair = generatePayloadKeyPair();
  return { publicKey: exportPayloadKey(pair.publicKey), privateKey: exportPayloadKey(pair.privateKey) };
}

const recordsChannel: PayloadContext = {
  sourceChain: 'health-1',
  sourceChannel: 'channel-0',
  app: 'records',
};

/** The sender: seals to the recipient's public key; the relay and the chains see only ciphertext. */
export async function sendSealed(
  client: RelayClient,
  recipientPublicKey: string,
  record: string,
): Promise<string> {
  const payload = sealPayload(
    new TextEncoder().encode(record),
    importPayloadKey(recipientPublicKey),
    recordsChannel,
  );
  const sent = await client.sendMessage({
    ...recordsChannel,
    payload,
    timeoutHeight: { revision: 1n, height: 1_000_000n },
  });
  return sent.messageId;
}

/** The recipient: opens a received payload (PAYLOAD_DECRYPT_FAILED if it was not meant for it). */
export function openReceived(payload: Uint8Array, privateKey: string): string {
  return new TextDecoder().decode(openPayload(payload, importPayloadKey(privateKey), recordsChannel));
}
