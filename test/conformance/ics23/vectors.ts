/**
 * The proof vectors of cosmos/ics23 `testdata/{iavl,tendermint,smt}/` as
 * hex JSON files: root, key, value (empty for absence) and proof.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hexToBytes } from '@noble/hashes/utils.js';
import {
  decodeCommitmentProof,
  iavlSpec,
  smtSpec,
  tendermintSpec,
  type CommitmentProof,
  type ProofSpec,
} from '../../../light-clients/ics23/index.js';

export const specsByTree: Readonly<Record<'iavl' | 'tendermint' | 'smt', ProofSpec>> = {
  iavl: iavlSpec,
  tendermint: tendermintSpec,
  smt: smtSpec,
};
export type Tree = keyof typeof specsByTree;
export const trees = Object.keys(specsByTree) as Tree[];

export const vectorFiles = [
  'exist_left',
  'exist_middle',
  'exist_right',
  'nonexist_left',
  'nonexist_middle',
  'nonexist_right',
] as const;

export interface Vector {
  readonly root: Uint8Array;
  readonly key: Uint8Array;
  readonly value: Uint8Array;
  /** The proof's protobuf bytes, as served. */
  readonly bytes: Uint8Array;
  readonly proof: CommitmentProof;
}

export function loadVector(dir: string, tree: Tree, file: string): Vector {
  const raw = JSON.parse(readFileSync(join(dir, tree, `${file}.json`), 'utf8')) as Record<string, string>;
  const hex = (name: string): Uint8Array => hexToBytes(raw[name] ?? '');
  const bytes = hex('proof');
  return {
    root: hex('root'),
    key: hex('key'),
    value: hex('value'),
    bytes,
    proof: decodeCommitmentProof(bytes),
  };
}
