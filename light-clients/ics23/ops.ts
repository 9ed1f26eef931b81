/**
 * Applying leaf and inner ops: the hash chain from a key/value pair to a
 * root (ICS-23 `LeafOp.Apply`, `InnerOp.Apply`).
 */
import { ics23Error } from './failure.js';
import { doHash, doHashOrNoop, lengthPrefix } from './hash-ops.js';
import type { InnerOp, LeafOp } from './types.js';

/** hash(prefix ‖ length(prehashKey(key)) ‖ length(prehashValue(value))); key and value must be non-empty. */
export function applyLeaf(leaf: LeafOp, key: Uint8Array, value: Uint8Array): Uint8Array {
  // An empty key or value would let the prefix absorb bytes of its neighbour.
  if (key.length === 0) throw ics23Error('KEY_EMPTY', 'a leaf op needs a key');
  if (value.length === 0) throw ics23Error('VALUE_EMPTY', 'a leaf op needs a value');
  const pkey = doHashOrNoop(leaf.prehashKey, key);
  const pvalue = doHashOrNoop(leaf.prehashValue, value);
  const parts = [
    leaf.prefix,
    lengthPrefix(leaf.length, pkey),
    pkey,
    lengthPrefix(leaf.length, pvalue),
    pvalue,
  ];
  return doHash(leaf.hash, Buffer.concat(parts));
}

/** hash(prefix ‖ child ‖ suffix); the child must be non-empty. */
export function applyInner(inner: InnerOp, child: Uint8Array): Uint8Array {
  return applyInnerInto(
    Buffer.allocUnsafe(inner.prefix.length + child.length + inner.suffix.length),
    inner,
    child,
  );
}

/**
 * `applyInner`, writing the preimage into `scratch` (large enough for it)
 * instead of a fresh buffer. The hash is computed before this returns, so
 * the caller may reuse `scratch` at once.
 */
export function applyInnerInto(scratch: Uint8Array, inner: InnerOp, child: Uint8Array): Uint8Array {
  if (child.length === 0) throw ics23Error('PROOF_MALFORMED', 'an inner op needs a child hash');
  const { prefix, suffix } = inner;
  scratch.set(prefix, 0);
  scratch.set(child, prefix.length);
  scratch.set(suffix, prefix.length + child.length);
  return doHash(inner.hash, scratch.subarray(0, prefix.length + child.length + suffix.length));
}
