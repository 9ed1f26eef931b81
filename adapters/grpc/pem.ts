/**
 * PEM material for TLS, given as bytes or as a file path. Reading the file
 * happens here, once, when a client or server is set up — the credential
 * builders in ./tls.ts only ever see bytes.
 */
import { readFileSync } from 'node:fs';
import { IsthmusError } from '../../light-clients/index.js';

/** PEM bytes, or the path of a file holding them. */
export type PemSource = Uint8Array | { readonly path: string };

/** The bytes of `source`; a file that cannot be read is TLS_MATERIAL_UNREADABLE. */
export function readPem(source: PemSource, what: string): Buffer {
  if (source instanceof Uint8Array) return Buffer.from(source);
  try {
    return readFileSync(source.path);
  } catch (cause) {
    throw new IsthmusError('TLS_MATERIAL_UNREADABLE', `cannot read the ${what} from ${source.path}`, {
      category: 'invalid_argument',
      context: { what, path: source.path },
      cause,
    });
  }
}

/** `readPem` for an optional source. */
export function readOptionalPem(source: PemSource | undefined, what: string): Buffer | undefined {
  return source === undefined ? undefined : readPem(source, what);
}
