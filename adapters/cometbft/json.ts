/**
 * Reading the fields of CometBFT RPC results (rpc/core/types): integers
 * as decimal strings (numbers accepted), hashes as hex, keys, values and
 * signatures as base64, times as RFC 3339 with nanoseconds. Anything else
 * is RPC_MALFORMED naming the method and the field, so a misbehaving node
 * is reported as such instead of as a bug of ours.
 */
import { parseRfc3339 } from '../../light-clients/tendermint/index.js';
import { malformedAnswer } from './errors.js';

export type Json = Readonly<Record<string, unknown>>;

/** Field readers for the result of one RPC method. */
export interface AnswerReader {
  readonly method: string;
  object(value: unknown, field: string): Json;
  array(value: unknown, field: string): readonly unknown[];
  string(value: unknown, field: string): string;
  /** A non-negative decimal integer below 2^63 (heights, counts, codes). */
  uint(value: unknown, field: string): bigint;
  /** Standard base64; null, undefined and "" are empty. */
  base64(value: unknown, field: string): Uint8Array;
  /** Nanoseconds since the epoch. */
  time(value: unknown, field: string): bigint;
}

const MAX_INT64 = (1n << 63n) - 1n;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function answerReader(method: string): AnswerReader {
  const bad = (field: string, reason: string, cause?: unknown): Error =>
    malformedAnswer(method, field, reason, cause);
  return {
    method,
    object(value, field) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw bad(field, 'expected an object');
      return value as Json;
    },
    array(value, field) {
      if (!Array.isArray(value)) throw bad(field, 'expected an array');
      return value;
    },
    string(value, field) {
      if (typeof value !== 'string') throw bad(field, 'expected a string');
      return value;
    },
    uint(value, field) {
      let n: bigint;
      if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
      else if (typeof value === 'string' && /^\d{1,19}$/.test(value)) n = BigInt(value);
      else throw bad(field, 'expected a non-negative decimal integer');
      if (n < 0n || n > MAX_INT64) throw bad(field, 'integer out of range');
      return n;
    },
    base64(value, field) {
      if (value === null || value === undefined || value === '') return new Uint8Array(0);
      if (typeof value !== 'string' || !BASE64.test(value)) throw bad(field, 'expected base64 bytes');
      return Uint8Array.from(Buffer.from(value, 'base64'));
    },
    time(value, field) {
      try {
        return parseRfc3339(value, field);
      } catch (cause) {
        throw bad(field, 'expected an RFC 3339 time', cause);
      }
    },
  };
}
