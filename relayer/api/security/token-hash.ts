/**
 * Stored forms of bearer tokens. A policy file never holds a token, only one
 * of these hashes of it:
 *
 * - `sha256:<64 hex digits>` — the SHA-256 of the token's UTF-8 bytes, for
 *   generated tokens (at least 128 random bits, e.g. `openssl rand -base64 32`),
 *   where a fast hash is enough and a server can look the token up by it.
 *   Any system can make it: `printf '%s' "$TOKEN" | sha256sum`.
 * - `scrypt:<N>:<r>:<p>:<salt hex>:<key hex>` — RFC 7914 scrypt, for tokens
 *   people choose, whose entropy is too low for a fast hash to hide them.
 *
 * This module depends on `node:crypto` alone, so that operators can hash
 * tokens without the rest of Isthmus.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export type StoredTokenHash =
  | { readonly kind: 'sha256'; readonly digest: Buffer }
  | {
      readonly kind: 'scrypt';
      readonly params: ScryptParameters;
      readonly salt: Buffer;
      readonly key: Buffer;
    };

/** OWASP's scrypt baseline (N = 2^17, r = 8, p = 1): about 128 MiB and a fraction of a second. */
export const DEFAULT_SCRYPT: ScryptParameters = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

/** Bounds on stored parameters, so that a policy file cannot make one check take minutes or gigabytes. */
const MAX_SCRYPT_N = 2 ** 20;
const MAX_SCRYPT_R = 32;
const MAX_SCRYPT_P = 16;

const SHA256_FORM = /^sha256:([0-9a-fA-F]{64})$/;
const SCRYPT_FORM = /^scrypt:(\d+):(\d+):(\d+):([0-9a-fA-F]{32,}):([0-9a-fA-F]{32,})$/;

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function scryptKey(token: string, salt: Buffer, length: number, params: ScryptParameters): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses more than `maxmem` (32 MiB by default).
  const maxmem = 256 * params.N * params.r;
  return new Promise((resolve, reject) =>
    scrypt(token, salt, length, { ...params, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/**
 * The stored form of `token`: `sha256:…` by default, `scrypt:…` (with a fresh
 * random salt) when asked.
 */
export async function hashToken(
  token: string,
  options: { readonly algorithm?: 'sha256' | 'scrypt'; readonly scrypt?: ScryptParameters } = {},
): Promise<string> {
  if (token.length === 0) throw new RangeError('a token must not be empty');
  if ((options.algorithm ?? 'sha256') === 'sha256') return `sha256:${sha256(token).toString('hex')}`;
  const params = options.scrypt ?? DEFAULT_SCRYPT;
  const salt = randomBytes(16);
  const key = await scryptKey(token, salt, 32, params);
  return `scrypt:${params.N}:${params.r}:${params.p}:${salt.toString('hex')}:${key.toString('hex')}`;
}

/** Parses a stored form; the reason when it is not one. */
export function parseTokenHash(text: string): StoredTokenHash | { readonly error: string } {
  const sha = SHA256_FORM.exec(text);
  if (sha?.[1] !== undefined) return { kind: 'sha256', digest: Buffer.from(sha[1], 'hex') };
  const s = SCRYPT_FORM.exec(text);
  if (s === null) {
    return {
      error:
        "expected 'sha256:<64 hex digits>' or 'scrypt:<N>:<r>:<p>:<salt hex>:<key hex>' (never a plain token)",
    };
  }
  const [N, r, p] = [Number(s[1]), Number(s[2]), Number(s[3])];
  const salt = s[4] ?? '';
  const key = s[5] ?? '';
  if (N < 2 || N > MAX_SCRYPT_N || (N & (N - 1)) !== 0)
    return { error: `scrypt N must be a power of two up to ${MAX_SCRYPT_N}` };
  if (r < 1 || r > MAX_SCRYPT_R) return { error: `scrypt r must be 1..${MAX_SCRYPT_R}` };
  if (p < 1 || p > MAX_SCRYPT_P) return { error: `scrypt p must be 1..${MAX_SCRYPT_P}` };
  if (salt.length % 2 !== 0 || key.length % 2 !== 0)
    return { error: 'scrypt salt and key must be whole bytes of hex' };
  return {
    kind: 'scrypt',
    params: { N, r, p },
    salt: Buffer.from(salt, 'hex'),
    key: Buffer.from(key, 'hex'),
  };
}

/** Whether `token` hashes to `stored`; the final comparison takes the same time whatever the bytes. */
export async function tokenMatches(token: string, stored: StoredTokenHash): Promise<boolean> {
  const actual =
    stored.kind === 'sha256'
      ? sha256(token)
      : await scryptKey(token, stored.salt, stored.key.length, stored.params);
  const expected = stored.kind === 'sha256' ? stored.digest : stored.key;
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
