/**
 * The notary record: what `Notarize` stores at `notary/{hex hash}` in a
 * devnet's provable store, and what an evidence receipt proves.
 *
 * The value is UTF-8 JSON with its keys in this order and no whitespace, so
 * the bytes a chain stores, a proof commits to and a verifier reads are one
 * string a person can also read:
 *
 *   {"version":1,"documentHash":"<64 hex>","hashAlgorithm":"sha256",
 *    "label":"…","height":"<block>","timeNs":"<block time, ns>"}
 *
 * followed, when the chain knows who submitted it, by `"submitter":"…"`.
 * Heights and times are decimal strings (they pass 2^53). A devnet
 * transaction carries no signer, so devnet records have no submitter.
 */
import { IsthmusError } from '../../../light-clients/index.js';

export const NOTARY_RECORD_VERSION = 1;
/** The only digest accepted: a document is named by its SHA-256. */
export const NOTARY_HASH_ALGORITHM = 'sha256';
export const NOTARY_HASH_LENGTH = 32;
/** Labels are short names, not documents: at most this many UTF-8 bytes. */
export const NOTARY_LABEL_MAX_BYTES = 128;

export const NotaryErrorCode = {
  HashEmpty: 'NOTARY_HASH_EMPTY',
  HashLength: 'NOTARY_HASH_LENGTH',
  AlgorithmUnsupported: 'NOTARY_ALGORITHM_UNSUPPORTED',
  LabelEmpty: 'NOTARY_LABEL_EMPTY',
  LabelTooLong: 'NOTARY_LABEL_TOO_LONG',
  LabelInvalid: 'NOTARY_LABEL_INVALID',
  RecordMalformed: 'NOTARY_RECORD_MALFORMED',
} as const;

export interface NotaryRecord {
  readonly documentHash: Uint8Array;
  readonly hashAlgorithm: string;
  readonly label: string;
  /** The block that recorded it. */
  readonly height: bigint;
  /** That block's time, ns since the epoch. */
  readonly timeNs: bigint;
  readonly submitter?: string;
}

/** What a `Notarize` message asks to record. */
export interface NotarizeInput {
  readonly documentHash: Uint8Array;
  readonly hashAlgorithm: string;
  readonly label: string;
}

const encoder = new TextEncoder();
const HEX_HASH = /^[0-9a-f]{64}$/;
const DECIMAL = /^(0|[1-9][0-9]{0,19})$/;
/** C0 and C1 controls, DEL, and line/paragraph separators: a label is one line of text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** The state path of the record of `documentHash`. */
export function notaryPath(documentHash: Uint8Array): string {
  return `notary/${hex(documentHash)}`;
}

function invalid(code: string, field: string, message: string, context: Record<string, unknown> = {}) {
  return new IsthmusError(code, message, { category: 'invalid_argument', context: { field, ...context } });
}

/**
 * Checks a notarisation request at the door; each refusal names its field
 * (`document_hash`, `hash_algorithm`, `label`) in the context.
 */
export function checkNotarizeInput(input: NotarizeInput): void {
  if (input.documentHash.length === 0) {
    throw invalid(NotaryErrorCode.HashEmpty, 'document_hash', 'document_hash is empty');
  }
  if (input.hashAlgorithm !== NOTARY_HASH_ALGORITHM) {
    throw invalid(
      NotaryErrorCode.AlgorithmUnsupported,
      'hash_algorithm',
      `hash_algorithm ${JSON.stringify(input.hashAlgorithm)} is not supported; use "${NOTARY_HASH_ALGORITHM}"`,
      { hashAlgorithm: input.hashAlgorithm },
    );
  }
  if (input.documentHash.length !== NOTARY_HASH_LENGTH) {
    throw invalid(
      NotaryErrorCode.HashLength,
      'document_hash',
      `document_hash has ${input.documentHash.length} bytes; a ${NOTARY_HASH_ALGORITHM} digest has ${NOTARY_HASH_LENGTH}`,
      { length: input.documentHash.length },
    );
  }
  if (input.label.length === 0) throw invalid(NotaryErrorCode.LabelEmpty, 'label', 'label is empty');
  const bytes = encoder.encode(input.label).length;
  if (bytes > NOTARY_LABEL_MAX_BYTES) {
    throw invalid(
      NotaryErrorCode.LabelTooLong,
      'label',
      `label has ${bytes} bytes, at most ${NOTARY_LABEL_MAX_BYTES} are kept`,
      { length: bytes },
    );
  }
  if (CONTROL.test(input.label)) {
    throw invalid(NotaryErrorCode.LabelInvalid, 'label', 'label holds control characters');
  }
}

export function encodeNotaryRecord(record: NotaryRecord): Uint8Array {
  return encoder.encode(
    JSON.stringify({
      version: NOTARY_RECORD_VERSION,
      documentHash: hex(record.documentHash),
      hashAlgorithm: record.hashAlgorithm,
      label: record.label,
      height: record.height.toString(),
      timeNs: record.timeNs.toString(),
      ...(record.submitter === undefined ? {} : { submitter: record.submitter }),
    }),
  );
}

function malformed(message: string, cause?: unknown): IsthmusError {
  return new IsthmusError(NotaryErrorCode.RecordMalformed, `notary record: ${message}`, {
    category: 'invalid_argument',
    ...(cause === undefined ? {} : { cause }),
  });
}

const FIELDS = ['version', 'documentHash', 'hashAlgorithm', 'label', 'height', 'timeNs'] as const;

/**
 * Reads a stored record. Only the bytes `encodeNotaryRecord` writes are
 * accepted (re-encoding must give them back), so a record has one encoding.
 */
export function decodeNotaryRecord(bytes: Uint8Array): NotaryRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw malformed('not UTF-8 JSON', cause);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw malformed('not an object');
  const o = raw as Record<string, unknown>;
  for (const field of FIELDS) if (!(field in o)) throw malformed(`${field} is missing`);
  const { version, documentHash, hashAlgorithm, label, height, timeNs, submitter } = o;
  if (version !== NOTARY_RECORD_VERSION) throw malformed(`version ${String(version)} is not supported`);
  if (typeof documentHash !== 'string' || !HEX_HASH.test(documentHash)) {
    throw malformed('documentHash is not 64 lower-case hex digits');
  }
  if (typeof hashAlgorithm !== 'string' || typeof label !== 'string') {
    throw malformed('hashAlgorithm and label are strings');
  }
  if (
    typeof height !== 'string' ||
    !DECIMAL.test(height) ||
    typeof timeNs !== 'string' ||
    !DECIMAL.test(timeNs)
  ) {
    throw malformed('height and timeNs are decimal strings');
  }
  if (submitter !== undefined && typeof submitter !== 'string') throw malformed('submitter is a string');
  const record: NotaryRecord = {
    documentHash: Uint8Array.from(Buffer.from(documentHash, 'hex')),
    hashAlgorithm,
    label,
    height: BigInt(height),
    timeNs: BigInt(timeNs),
    ...(submitter === undefined ? {} : { submitter }),
  };
  if (!Buffer.from(encodeNotaryRecord(record)).equals(bytes)) {
    throw malformed('not in the canonical encoding (key order, spacing or extra fields)');
  }
  return record;
}
