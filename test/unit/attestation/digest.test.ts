/** The signed digests: the documented byte layout, rebuilt independently here, and that distinct tuples never collide. */
import { describe, expect, it } from '@jest/globals';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import {
  attestationDigest,
  rotationDigest,
  type AttestationFields,
} from '../../../light-clients/attestation/index.js';

const lp = (bytes: Uint8Array): Uint8Array => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return concatBytes(length, bytes);
};
const u64 = (n: bigint): Uint8Array => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
};
const ascii = (s: string): Uint8Array => Buffer.from(s, 'ascii');

const fields: AttestationFields = {
  chainId: 'agency-ledger-1',
  height: 0x0102_0304_0506_0708n,
  timestampNs: 1_764_000_000_000_000_000n,
  stateRoot: new Uint8Array(32).fill(0xab),
  signerSetHash: new Uint8Array(32).fill(0x11),
};

describe('attestation: digests', () => {
  it('behavior: the attestation digest is SHA-256 of the documented layout', () => {
    const preimage = concatBytes(
      lp(ascii('isthmus/attestation/v1')),
      lp(ascii(fields.chainId)),
      u64(fields.height),
      u64(fields.timestampNs),
      lp(fields.stateRoot),
      lp(fields.signerSetHash),
    );
    expect(attestationDigest(fields)).toEqual(sha256(preimage));
  });

  it('behavior: the rotation digest is SHA-256 of the documented layout', () => {
    const rotation = {
      chainId: 'agency-ledger-1',
      sequence: 3n,
      currentSignerSetHash: new Uint8Array(32).fill(1),
      newSignerSetHash: new Uint8Array(32).fill(2),
    };
    const preimage = concatBytes(
      lp(ascii('isthmus/signer-set-rotation/v1')),
      lp(ascii(rotation.chainId)),
      u64(rotation.sequence),
      lp(rotation.currentSignerSetHash),
      lp(rotation.newSignerSetHash),
    );
    expect(rotationDigest(rotation)).toEqual(sha256(preimage));
  });

  it('behavior: integers are fixed-width big-endian, so the extremes encode', () => {
    const max = (1n << 64n) - 1n;
    expect(attestationDigest({ ...fields, height: max, timestampNs: 0n })).not.toEqual(
      attestationDigest({ ...fields, height: 0n, timestampNs: max }),
    );
  });

  it('behavior: bytes shifted between the state root and the signer-set hash give another digest', () => {
    const a = { ...fields, stateRoot: new Uint8Array([1, 2]), signerSetHash: new Uint8Array([3]) };
    const b = { ...fields, stateRoot: new Uint8Array([1]), signerSetHash: new Uint8Array([2, 3]) };
    expect(attestationDigest(a)).not.toEqual(attestationDigest(b));
  });

  it('behavior: distinct attestation tuples never share a digest (property)', () => {
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 8 });
    const tuple = fc.record({
      chainId: fc.constantFrom('a', 'ab', 'a.b', 'b'),
      height: fc.bigInt({ min: 0n, max: 3n }),
      timestampNs: fc.bigInt({ min: 0n, max: 3n }),
      stateRoot: bytes,
      signerSetHash: bytes,
    });
    const key = (t: AttestationFields) =>
      JSON.stringify([t.chainId, `${t.height}`, `${t.timestampNs}`, [...t.stateRoot], [...t.signerSetHash]]);
    fc.assert(
      fc.property(tuple, tuple, (a, b) => {
        const same = key(a) === key(b);
        expect(Buffer.from(attestationDigest(a)).equals(Buffer.from(attestationDigest(b)))).toBe(same);
      }),
      { numRuns: 500 },
    );
  });
});
