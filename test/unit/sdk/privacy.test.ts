/**
 * End-to-end payload encryption (relayer/sdk/privacy.ts): X25519 +
 * HKDF-SHA256 + ChaCha20-Poly1305 in a versioned envelope whose associated
 * data binds the source chain, channel and app. Every failure is typed.
 */
import { createCipheriv, diffieHellman, createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  ENVELOPE_VERSION,
  exportPayloadKey,
  generatePayloadKeyPair,
  importPayloadKey,
  isSealedPayload,
  openPayload,
  PAYLOAD_LABEL,
  payloadPublicKey,
  SdkErrorCode,
  sealPayload,
  type PayloadContext,
} from '../../../relayer/sdk/index.js';

const ctx: PayloadContext = { sourceChain: 'health-1', sourceChannel: 'channel-0', app: 'records' };
const plaintext = new TextEncoder().encode('{"record":"synthetic consent 0001","status":"granted"}');
const recipient = generatePayloadKeyPair();

function failure(fn: () => unknown): IsthmusError {
  try {
    fn();
  } catch (err) {
    if (err instanceof IsthmusError) return err;
    throw new Error(`expected an IsthmusError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected a failure');
}

/** Envelope regions (version 1): [start, end) and what a flipped byte there must yield. */
const regions = (length: number): readonly (readonly [string, number, number, string])[] => [
  ['magic', 0, 3, SdkErrorCode.PayloadEnvelopeMalformed],
  ['version', 3, 4, SdkErrorCode.PayloadEnvelopeMalformed],
  ['ephemeral public key', 4, 36, SdkErrorCode.PayloadDecryptFailed],
  ['nonce', 36, 48, SdkErrorCode.PayloadDecryptFailed],
  ['ciphertext', 48, length - 16, SdkErrorCode.PayloadDecryptFailed],
  ['tag', length - 16, length, SdkErrorCode.PayloadDecryptFailed],
];

describe('sealPayload / openPayload', () => {
  it('behavior: the recipient opens what was sealed to its public key', () => {
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    expect(isSealedPayload(envelope)).toBe(true);
    expect(envelope.length).toBe(plaintext.length + 64);
    expect(envelope[3]).toBe(ENVELOPE_VERSION);
    expect(Buffer.from(openPayload(envelope, recipient.privateKey, ctx))).toEqual(Buffer.from(plaintext));
  });

  it('behavior: the envelope does not contain the plaintext', () => {
    const envelope = Buffer.from(sealPayload(plaintext, recipient.publicKey, ctx));
    expect(envelope.includes(Buffer.from('synthetic consent'))).toBe(false);
  });

  it('behavior: sealing the same plaintext twice gives different ephemeral keys, nonces and ciphertexts', () => {
    const a = sealPayload(plaintext, recipient.publicKey, ctx);
    const b = sealPayload(plaintext, recipient.publicKey, ctx);
    expect(Buffer.from(a.subarray(4, 36))).not.toEqual(Buffer.from(b.subarray(4, 36)));
    expect(Buffer.from(a.subarray(36, 48))).not.toEqual(Buffer.from(b.subarray(36, 48)));
    expect(Buffer.from(a.subarray(48))).not.toEqual(Buffer.from(b.subarray(48)));
  });

  it('behavior: an empty plaintext round-trips', () => {
    const envelope = sealPayload(new Uint8Array(0), recipient.publicKey, ctx);
    expect(openPayload(envelope, recipient.privateKey, ctx)).toEqual(new Uint8Array(0));
  });

  it('behavior: matches the construction written out with node:crypto (X25519, HKDF info label ‖ E ‖ R, AAD)', () => {
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    const header = envelope.subarray(0, 48);
    const ephemeral = envelope.subarray(4, 36);
    const nonce = envelope.subarray(36, 48);
    const spki = (raw: Uint8Array) =>
      createPublicKey({
        key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), raw]),
        format: 'der',
        type: 'spki',
      });
    const pkcs8 = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), recipient.privateKey]),
      format: 'der',
      type: 'pkcs8',
    });
    const shared = diffieHellman({ privateKey: pkcs8, publicKey: spki(ephemeral) });
    const info = Buffer.concat([Buffer.from(PAYLOAD_LABEL), ephemeral, recipient.publicKey]);
    const key = Buffer.from(hkdfSync('sha256', shared, new Uint8Array(0), info, 32));
    const str = (s: string) => {
      const b = Buffer.from(s, 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length);
      return Buffer.concat([len, b]);
    };
    const aad = Buffer.concat([
      str(PAYLOAD_LABEL),
      header,
      str(ctx.sourceChain),
      str(ctx.sourceChannel),
      str(ctx.app),
    ]);
    const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
    cipher.setAAD(aad, { plaintextLength: plaintext.length });
    const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    expect(Buffer.from(envelope.subarray(48))).toEqual(body);
  });

  it('property: any plaintext and context round-trip', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.record({ sourceChain: fc.string(), sourceChannel: fc.string(), app: fc.string() }),
        (bytes, context) => {
          const envelope = sealPayload(bytes, recipient.publicKey, context);
          expect(Buffer.from(openPayload(envelope, recipient.privateKey, context))).toEqual(
            Buffer.from(bytes),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('error: another private key cannot open it (PAYLOAD_DECRYPT_FAILED, category verification)', () => {
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    const e = failure(() => openPayload(envelope, generatePayloadKeyPair().privateKey, ctx));
    expect(e.code).toBe(SdkErrorCode.PayloadDecryptFailed);
    expect(e.category).toBe('verification');
    expect(e.retryable).toBe(false);
  });

  it.each([
    ['another source chain', { ...ctx, sourceChain: 'main-1' }],
    ['another channel', { ...ctx, sourceChannel: 'channel-1' }],
    ['another app', { ...ctx, app: 'notary' }],
    // Length prefixes: moving a byte from one field to the next is another context.
    [
      'the same characters split differently',
      { ...ctx, sourceChain: 'health-1c', sourceChannel: 'hannel-0' },
    ],
  ])('error: a ciphertext moved to %s does not open (PAYLOAD_DECRYPT_FAILED)', (_what, other) => {
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    expect(failure(() => openPayload(envelope, recipient.privateKey, other)).code).toBe(
      SdkErrorCode.PayloadDecryptFailed,
    );
  });

  it('error: a flipped byte anywhere in the envelope is refused, with the code of its region', () => {
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    let checked = 0;
    for (const [region, start, end, code] of regions(envelope.length)) {
      for (let i = start; i < end; i += 1) {
        const tampered = envelope.slice();
        tampered[i] = (tampered[i] ?? 0) ^ 0x01;
        const e = failure(() => openPayload(tampered, recipient.privateKey, ctx));
        expect({ region, i, code: e.code }).toEqual({ region, i, code });
        checked += 1;
      }
    }
    expect(checked).toBe(envelope.length);
  });

  it('error: a truncated envelope is refused — too short is malformed, a shortened body does not authenticate', () => {
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    for (const length of [0, 2, 3, 4, 40, 48, 63]) {
      expect(failure(() => openPayload(envelope.subarray(0, length), recipient.privateKey, ctx)).code).toBe(
        SdkErrorCode.PayloadEnvelopeMalformed,
      );
    }
    for (const length of [64, envelope.length - 1]) {
      expect(failure(() => openPayload(envelope.subarray(0, length), recipient.privateKey, ctx)).code).toBe(
        SdkErrorCode.PayloadDecryptFailed,
      );
    }
  });

  it('error: bytes that are not an envelope are PAYLOAD_ENVELOPE_MALFORMED (category invalid_argument)', () => {
    const e = failure(() => openPayload(plaintext, recipient.privateKey, ctx));
    expect(e.code).toBe(SdkErrorCode.PayloadEnvelopeMalformed);
    expect(e.category).toBe('invalid_argument');
    expect(isSealedPayload(plaintext)).toBe(false);
  });

  it('error: a low-order recipient key (all zeros) is PAYLOAD_KEY_INVALID', () => {
    expect(failure(() => sealPayload(plaintext, new Uint8Array(32), ctx)).code).toBe(
      SdkErrorCode.PayloadKeyInvalid,
    );
  });
});

describe('payload keys', () => {
  it('behavior: raw keys are 32 bytes and the public key derives from the private key', () => {
    const pair = generatePayloadKeyPair();
    expect(pair.publicKey.length).toBe(32);
    expect(pair.privateKey.length).toBe(32);
    expect(Buffer.from(payloadPublicKey(pair.privateKey))).toEqual(Buffer.from(pair.publicKey));
  });

  it('behavior: base64 export and import round-trip, a key sealed with after import opens', () => {
    const pair = generatePayloadKeyPair();
    const exported = {
      publicKey: exportPayloadKey(pair.publicKey),
      privateKey: exportPayloadKey(pair.privateKey),
    };
    expect(exported.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const envelope = sealPayload(plaintext, importPayloadKey(exported.publicKey), ctx);
    expect(Buffer.from(openPayload(envelope, importPayloadKey(`${exported.privateKey}\n`), ctx))).toEqual(
      Buffer.from(plaintext),
    );
  });

  it.each([
    ['too short', Buffer.alloc(31).toString('base64')],
    ['too long', Buffer.alloc(33).toString('base64')],
    ['not base64', `${'A'.repeat(42)}!=`],
    ['empty', ''],
  ])('error: importing a key that is %s is PAYLOAD_KEY_INVALID', (_what, text) => {
    expect(failure(() => importPayloadKey(text)).code).toBe(SdkErrorCode.PayloadKeyInvalid);
  });

  it('error: raw keys of the wrong length are PAYLOAD_KEY_INVALID wherever they are used', () => {
    const short = new Uint8Array(16);
    expect(failure(() => sealPayload(plaintext, short, ctx)).code).toBe(SdkErrorCode.PayloadKeyInvalid);
    const envelope = sealPayload(plaintext, recipient.publicKey, ctx);
    expect(failure(() => openPayload(envelope, short, ctx)).code).toBe(SdkErrorCode.PayloadKeyInvalid);
    expect(failure(() => exportPayloadKey(short)).code).toBe(SdkErrorCode.PayloadKeyInvalid);
  });
});
