/**
 * Finding the identity a bearer token belongs to, from the hashes a policy
 * stores.
 *
 * `sha256:` entries are looked up by hash: the token's SHA-256 picks a bucket
 * by its first 8 bytes, and the full digests in it are compared in constant
 * time, so response times say nothing about how close a guess came to a
 * stored hash. `scrypt:` entries are salted, so they cannot be looked up:
 * a token not found by hash is checked against each of them in turn (one
 * scrypt each, off the event loop) and a success is remembered by the
 * token's SHA-256, so a caller pays the slow hash once, not per call.
 */
import { timingSafeEqual } from 'node:crypto';
import { sha256, tokenMatches, type StoredTokenHash } from './token-hash.js';

interface Entry<T> {
  readonly hash: StoredTokenHash;
  readonly owner: T;
}

/** Remembered scrypt successes; bounded, oldest forgotten first. */
const SCRYPT_CACHE_SIZE = 1_024;

function bucketOf(digest: Buffer): string {
  return digest.subarray(0, 8).toString('hex');
}

export class TokenDirectory<T> {
  private readonly byBucket = new Map<string, Entry<T>[]>();
  private readonly slow: Entry<T>[] = [];
  private readonly remembered = new Map<string, T>();

  add(hash: StoredTokenHash, owner: T): void {
    if (hash.kind === 'scrypt') {
      this.slow.push({ hash, owner });
      return;
    }
    const key = bucketOf(hash.digest);
    const bucket = this.byBucket.get(key) ?? [];
    bucket.push({ hash, owner });
    this.byBucket.set(key, bucket);
  }

  /** The owner of `token`, or undefined when no stored hash matches it. */
  async lookup(token: string): Promise<T | undefined> {
    const digest = sha256(token);
    for (const entry of this.byBucket.get(bucketOf(digest)) ?? []) {
      if (entry.hash.kind === 'sha256' && timingSafeEqual(entry.hash.digest, digest)) return entry.owner;
    }
    const key = digest.toString('hex');
    const known = this.remembered.get(key);
    if (known !== undefined) return known;
    for (const entry of this.slow) {
      if (await tokenMatches(token, entry.hash)) {
        if (this.remembered.size >= SCRYPT_CACHE_SIZE) {
          const oldest = this.remembered.keys().next();
          if (oldest.done !== true) this.remembered.delete(oldest.value);
        }
        this.remembered.set(key, entry.owner);
        return entry.owner;
      }
    }
    return undefined;
  }
}
