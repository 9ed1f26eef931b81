/**
 * What every `isthmus verify …` command prints: one JSON verdict, and its
 * exit code — 0 valid, 1 rejected, 2 unusable input.
 */
import { IsthmusError } from '../../../light-clients/index.js';

export interface Verdict {
  readonly ok: boolean;
  /** `OK` when valid; otherwise the error code of the rule that failed. */
  readonly code: string;
  readonly message: string;
  /** Command-specific facts (height, hash, signers, ...), JSON-safe. */
  readonly [key: string]: unknown;
}

export const EXIT_VALID = 0;
export const EXIT_REJECTED = 1;
export const EXIT_UNUSABLE = 2;

/** Input the command cannot work with (missing file, bad JSON, wrong shape): exit 2. */
export class UnusableInputError extends IsthmusError {
  override readonly name = 'UnusableInputError';

  constructor(message: string, context: Record<string, unknown> = {}, cause?: unknown) {
    super('UNUSABLE_INPUT', message, {
      category: 'invalid_argument',
      context,
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/** A verdict for a verification that threw: rejected when it is a verification failure. */
export function rejected(err: unknown, facts: Record<string, unknown> = {}): Verdict {
  if (err instanceof UnusableInputError) throw err;
  if (IsthmusError.is(err)) {
    return { ...facts, ok: false, code: err.code, message: err.message, context: err.toJSON().context };
  }
  throw err;
}

export function exitCodeFor(verdict: Verdict): number {
  return verdict.ok ? EXIT_VALID : EXIT_REJECTED;
}
