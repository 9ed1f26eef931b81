/**
 * IAVL node prefixes. An IAVL node's hash input starts with its height,
 * size and version as signed (zig-zag) varints; after them a leaf has
 * nothing more, an inner node has its left child's length byte (1 byte,
 * the child comes from the left) or the length byte, left hash and right
 * length byte (34 bytes, the child comes from the right).
 *
 * Rules as cosmos/ics23 `validateIavlOps` (commit 7f2c2d0): every varint
 * well formed, none negative, an inner node's height at least its layer
 * (1 for the leaf's parent), a leaf of height 0 and size 1. Without these
 * a proof could pass for a different tree shape (see the fixtures README:
 * Tendermint proofs passing as IAVL ones).
 */
import { ics23Error } from './failure.js';

const FIELDS = ['height', 'size', 'version'] as const;

function iavlError(layer: number, message: string, context: Record<string, unknown>): Error {
  return layer === 0
    ? ics23Error('LEAF_PREFIX_INVALID', `leaf: ${message}`, context)
    : ics23Error('INNER_PREFIX_INVALID', `inner op at layer ${layer}: ${message}`, { layer, ...context });
}

/**
 * Checks the IAVL fields of a leaf prefix (`layer` 0) or an inner prefix
 * (`layer` >= 1, counted from the leaf). It runs for every step of every
 * IAVL proof, so it decodes in place and builds messages only on failure.
 *
 * Varints are read as Go's `binary.ReadVarint`: at most 10 bytes, the 10th
 * at most 1; zig-zag, so the lowest bit of the first byte is the sign.
 * Values are exact below 2^53, all that the comparisons here need.
 */
export function checkIavlPrefix(prefix: Uint8Array, layer: number): void {
  let at = 0;
  let height = 0;
  let size = 0;
  for (let field = 0; field < 3; field++) {
    const start = at;
    let unsigned = 0;
    let scale = 1;
    for (;;) {
      const b = prefix[at];
      if (b === undefined)
        throw iavlError(
          layer,
          `IAVL ${FIELDS[field]} varint is ${at === start ? 'missing' : 'truncated'}`,
          {},
        );
      const i = at - start;
      at++;
      if (i === 9 && b > 1) throw iavlError(layer, `IAVL ${FIELDS[field]} varint overflows`, {});
      unsigned += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 128;
    }
    if (((prefix[start] as number) & 1) === 1)
      throw iavlError(layer, `IAVL ${FIELDS[field]} is negative`, { field: FIELDS[field] });
    const value = Math.floor(unsigned / 2);
    if (field === 0) height = value;
    else if (field === 1) size = value;
  }
  const rest = prefix.length - at;
  if (layer === 0) {
    if (rest !== 0 || height !== 0 || size !== 1)
      throw iavlError(layer, 'an IAVL leaf has height 0, size 1 and nothing after its version', {
        height,
        size,
        rest,
      });
  } else {
    if (height < layer) throw iavlError(layer, `IAVL height ${height} is below the layer`, { height });
    if (rest !== 1 && rest !== 34)
      throw iavlError(layer, `${rest} bytes after the IAVL varints, not 1 or 34`, { rest });
  }
}
