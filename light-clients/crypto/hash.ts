/**
 * Hashes on the verification hot paths, through `node:crypto` (OpenSSL):
 * much faster than pure JavaScript for SHA-256 (see bench/). Pure — no I/O.
 */
import { hash } from 'node:crypto';

export function sha256(data: Uint8Array): Uint8Array {
  return hash('sha256', data, 'buffer');
}
