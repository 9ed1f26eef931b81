/**
 * End-to-end payload encryption: a sending agency seals a payload to the
 * destination agency's X25519 public key, so the relayer, its queue and bus,
 * and both chains' state only ever hold ciphertext. The packet commitment
 * covers the ciphertext like any other payload.
 *
 * The construction is ECIES-style, one ephemeral key per message:
 *
 *   (e, E)  = fresh X25519 key pair (RFC 7748)
 *   shared  = X25519(e, R)                      R: recipient's public key
 *   key     = HKDF-SHA256(ikm = shared, salt = empty,
 *                         info = "isthmus/payload/v1" ‖ E ‖ R, L = 32)   (RFC 5869)
 *   ct‖tag  = ChaCha20-Poly1305(key, nonce, plaintext, aad)             (RFC 8439)
 *
 * Envelope, version 1 (64 bytes plus the plaintext's length):
 *
 *   offset  size  field
 *   0       3     magic "ISP"
 *   3       1     version (1)
 *   4       32    E, the ephemeral public key
 *   36      12    nonce (random)
 *   48      n     ciphertext
 *   48+n    16    Poly1305 tag
 *
 * The associated data is `str "isthmus/payload/v1" ‖ header (bytes 0..48)
 * ‖ str source_chain ‖ str source_channel ‖ str app`, each `str` preceded by
 * its UTF-8 length as a big-endian u32: every header byte is authenticated,
 * and an envelope moved to another chain, channel or app does not open.
 * Binding E and R in the key derivation ties the key to this recipient and
 * this ephemeral key. The key is new for every message, so a random nonce
 * never repeats under one key.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { IsthmusError } from '../../light-clients/index.js';
import { SdkErrorCode } from './errors.js';

/** Domain label of the key derivation and of the associated data. */
export const PAYLOAD_LABEL = 'isthmus/payload/v1';
export const ENVELOPE_MAGIC = Uint8Array.of(0x49, 0x53, 0x50); // "ISP"
export const ENVELOPE_VERSION = 1;
export const PAYLOAD_KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** Magic, version, ephemeral key and nonce. */
export const ENVELOPE_HEADER_BYTES = ENVELOPE_MAGIC.length + 1 + PAYLOAD_KEY_BYTES + NONCE_BYTES;
export const ENVELOPE_MIN_BYTES = ENVELOPE_HEADER_BYTES + TAG_BYTES;

const CIPHER = 'chacha20-poly1305';
// DER prefixes of X25519 keys (RFC 8410): what precedes the 32 raw bytes.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
const encoder = new TextEncoder();

/** An agency's payload key pair, raw 32-byte X25519 keys. */
export interface PayloadKeyPair {
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
}

/**
 * Where a payload travels: the chain and channel it is sent on and the app
 * that receives it. Sealing and opening must name the same one.
 */
export interface PayloadContext {
  readonly sourceChain: string;
  readonly sourceChannel: string;
  readonly app: string;
}

function keyError(message: string, context: Record<string, unknown> = {}): IsthmusError {
  return new IsthmusError(SdkErrorCode.PayloadKeyInvalid, message, { category: 'invalid_argument', context });
}

function malformed(message: string, context: Record<string, unknown>): IsthmusError {
  return new IsthmusError(SdkErrorCode.PayloadEnvelopeMalformed, message, {
    category: 'invalid_argument',
    context,
  });
}

function checkRawKey(key: Uint8Array, what: string): void {
  if (!(key instanceof Uint8Array) || key.length !== PAYLOAD_KEY_BYTES) {
    throw keyError(`${what} must be ${PAYLOAD_KEY_BYTES} bytes`, {
      what,
      bytes: key instanceof Uint8Array ? key.length : -1,
    });
  }
}

function privateKeyObject(raw: Uint8Array): KeyObject {
  checkRawKey(raw, 'private key');
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  checkRawKey(raw, 'public key');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function rawPublicKey(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length));
}

function rawPrivateKey(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length));
}

/** A fresh X25519 key pair for receiving sealed payloads. */
export function generatePayloadKeyPair(): PayloadKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return { publicKey: rawPublicKey(publicKey), privateKey: rawPrivateKey(privateKey) };
}

/** The public key that goes with a raw private key. */
export function payloadPublicKey(privateKey: Uint8Array): Uint8Array {
  return rawPublicKey(createPublicKey(privateKeyObject(privateKey)));
}

/** A raw key as base64, for configuration files and key directories. */
export function exportPayloadKey(key: Uint8Array): string {
  checkRawKey(key, 'key');
  return Buffer.from(key).toString('base64');
}

/** A key exported by `exportPayloadKey`; PAYLOAD_KEY_INVALID unless it is base64 of 32 bytes. */
export function importPayloadKey(base64: string): Uint8Array {
  const trimmed = base64.trim();
  // Buffer.from ignores characters outside the alphabet; a typo must not yield another key.
  if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) throw keyError('a payload key is base64 of 32 bytes');
  return new Uint8Array(Buffer.from(trimmed, 'base64'));
}

function lengthPrefixed(value: string): Uint8Array {
  const bytes = encoder.encode(value);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

function associatedData(header: Uint8Array, ctx: PayloadContext): Buffer {
  return Buffer.concat([
    lengthPrefixed(PAYLOAD_LABEL),
    header,
    lengthPrefixed(ctx.sourceChain),
    lengthPrefixed(ctx.sourceChannel),
    lengthPrefixed(ctx.app),
  ]);
}

function deriveKey(shared: Uint8Array, ephemeral: Uint8Array, recipient: Uint8Array): Buffer {
  const info = Buffer.concat([encoder.encode(PAYLOAD_LABEL), ephemeral, recipient]);
  return Buffer.from(hkdfSync('sha256', shared, new Uint8Array(0), info, 32));
}

/**
 * Seals `plaintext` to `recipientPublicKey` for a payload sent on `ctx`.
 * Every call draws a new ephemeral key and nonce, so sealing the same
 * plaintext twice gives unrelated envelopes.
 */
export function sealPayload(
  plaintext: Uint8Array,
  recipientPublicKey: Uint8Array,
  ctx: PayloadContext,
): Uint8Array {
  const recipient = publicKeyObject(recipientPublicKey);
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = rawPublicKey(ephemeral.publicKey);
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  } catch (cause) {
    // OpenSSL refuses low-order points, whose shared secret is all zeros.
    throw new IsthmusError(SdkErrorCode.PayloadKeyInvalid, 'the recipient public key is not usable', {
      category: 'invalid_argument',
      cause,
    });
  }
  const nonce = randomBytes(NONCE_BYTES);
  const header = Buffer.concat([ENVELOPE_MAGIC, Uint8Array.of(ENVELOPE_VERSION), ephemeralPublic, nonce]);
  const cipher = createCipheriv(CIPHER, deriveKey(shared, ephemeralPublic, recipientPublicKey), nonce, {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(associatedData(header, ctx), { plaintextLength: plaintext.length });
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return new Uint8Array(Buffer.concat([header, body]));
}

/** Whether `bytes` start like a sealed payload (magic only; `openPayload` decides the rest). */
export function isSealedPayload(bytes: Uint8Array): boolean {
  return bytes.length >= ENVELOPE_MAGIC.length && ENVELOPE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Opens an envelope made by `sealPayload` with the recipient's private key.
 * PAYLOAD_ENVELOPE_MALFORMED when it does not parse; PAYLOAD_DECRYPT_FAILED
 * when it does not authenticate (another key, another chain, channel or
 * app, or any altered byte) — which of these is deliberately not said.
 */
export function openPayload(envelope: Uint8Array, privateKey: Uint8Array, ctx: PayloadContext): Uint8Array {
  const recipient = privateKeyObject(privateKey);
  if (!isSealedPayload(envelope)) throw malformed('not a sealed payload (magic)', { bytes: envelope.length });
  const version = envelope[ENVELOPE_MAGIC.length];
  if (version !== ENVELOPE_VERSION) {
    throw malformed(`sealed payload version ${String(version)} is not supported`, { version });
  }
  if (envelope.length < ENVELOPE_MIN_BYTES) {
    throw malformed(`a sealed payload has at least ${ENVELOPE_MIN_BYTES} bytes`, { bytes: envelope.length });
  }
  const header = envelope.subarray(0, ENVELOPE_HEADER_BYTES);
  const ephemeralPublic = envelope.subarray(ENVELOPE_MAGIC.length + 1, ENVELOPE_MAGIC.length + 1 + 32);
  const nonce = envelope.subarray(ENVELOPE_HEADER_BYTES - NONCE_BYTES, ENVELOPE_HEADER_BYTES);
  const ciphertext = envelope.subarray(ENVELOPE_HEADER_BYTES, envelope.length - TAG_BYTES);
  const tag = envelope.subarray(envelope.length - TAG_BYTES);
  try {
    const shared = diffieHellman({ privateKey: recipient, publicKey: publicKeyObject(ephemeralPublic) });
    const key = deriveKey(shared, ephemeralPublic, payloadPublicKey(privateKey));
    const decipher = createDecipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(header, ctx), { plaintextLength: ciphertext.length });
    decipher.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch (cause) {
    throw new IsthmusError(SdkErrorCode.PayloadDecryptFailed, 'the sealed payload does not open', {
      category: 'verification',
      context: { ...ctx, bytes: envelope.length },
      cause,
    });
  }
}
