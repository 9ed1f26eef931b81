/**
 * Reads the cosmos/ics23 testdata tables, which are Go `encoding/json`
 * output of the origin's protobuf structs: snake_case fields, bytes as
 * base64, zero values left out, and field names matched without regard to
 * case (one table spells `PreImage` where the others spell `Preimage`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ExistenceProof,
  InnerOp,
  InnerSpec,
  LeafOp,
  ProofSpec,
} from '../../../light-clients/ics23/index.js';

export type GoJson = Readonly<Record<string, unknown>>;

export function readTable(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

/** A field as Go would find it: exact name first, then case-insensitively. */
export function field(obj: GoJson, name: string): unknown {
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

function object(value: unknown): GoJson | undefined {
  return value !== null && typeof value === 'object' ? (value as GoJson) : undefined;
}

function num(obj: GoJson, name: string): number {
  const v = field(obj, name);
  return typeof v === 'number' ? v : 0;
}

/** Base64 bytes, or empty for a missing / null field (Go's nil slice). */
export function b64(obj: GoJson, name: string): Uint8Array {
  const v = field(obj, name);
  return typeof v === 'string' ? Uint8Array.from(Buffer.from(v, 'base64')) : new Uint8Array(0);
}

// The casts below trust the table's enum numbers: they are what is under test.
export function leafOp(obj: GoJson): LeafOp {
  return {
    hash: num(obj, 'hash') as LeafOp['hash'],
    prehashKey: num(obj, 'prehash_key') as LeafOp['prehashKey'],
    prehashValue: num(obj, 'prehash_value') as LeafOp['prehashValue'],
    length: num(obj, 'length') as LeafOp['length'],
    prefix: b64(obj, 'prefix'),
  };
}

export function innerOp(obj: GoJson): InnerOp {
  return {
    hash: num(obj, 'hash') as InnerOp['hash'],
    prefix: b64(obj, 'prefix'),
    suffix: b64(obj, 'suffix'),
  };
}

export function existenceProof(obj: GoJson): ExistenceProof {
  const leaf = object(field(obj, 'leaf'));
  const path = field(obj, 'path');
  return {
    key: b64(obj, 'key'),
    value: b64(obj, 'value'),
    leaf: leaf === undefined ? undefined : leafOp(leaf),
    path: Array.isArray(path) ? path.map((step) => innerOp(step as GoJson)) : [],
  };
}

/** A missing inner spec, as Go's nil: no children, no hash; no rule of a real tree matches it. */
const noInnerSpec: InnerSpec = {
  childOrder: [],
  childSize: 0,
  minPrefixLength: 0,
  maxPrefixLength: 0,
  emptyChild: new Uint8Array(0),
  hash: 0,
};

export function innerSpec(obj: GoJson | undefined): InnerSpec {
  if (obj === undefined) return noInnerSpec;
  const order = field(obj, 'child_order');
  return {
    childOrder: Array.isArray(order) ? order.map(Number) : [],
    childSize: num(obj, 'child_size'),
    minPrefixLength: num(obj, 'min_prefix_length'),
    maxPrefixLength: num(obj, 'max_prefix_length'),
    emptyChild: b64(obj, 'empty_child'),
    hash: num(obj, 'hash') as InnerSpec['hash'],
  };
}

export function proofSpec(obj: GoJson): ProofSpec {
  const leaf = object(field(obj, 'leaf_spec'));
  return {
    leafSpec: leafOp(leaf ?? {}),
    innerSpec: innerSpec(object(field(obj, 'inner_spec'))),
    maxDepth: num(obj, 'max_depth'),
    minDepth: num(obj, 'min_depth'),
    prehashKeyBeforeComparison: field(obj, 'prehash_key_before_comparison') === true,
  };
}

/** A leaf spec alone (TestCheckLeafData), inside a spec with no inner spec, as the origin's harness builds it. */
export function leafOnlySpec(leaf: GoJson): ProofSpec {
  return {
    leafSpec: leafOp(leaf),
    innerSpec: noInnerSpec,
    maxDepth: 0,
    minDepth: 0,
    prehashKeyBeforeComparison: false,
  };
}

export function entries(table: unknown): [string, GoJson][] {
  return Object.entries(table as Record<string, GoJson>);
}
