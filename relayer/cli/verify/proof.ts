/**
 * `isthmus verify proof`: checks one ICS-23 commitment proof (protobuf
 * `CommitmentProof`, hex) against a root, under the IAVL, Tendermint or SMT
 * spec — presence of `key` with `value`, or absence of `key` when no value
 * is given.
 */
import {
  decodeCommitmentProof,
  iavlSpec,
  smtSpec,
  tendermintSpec,
  verifyMembership,
  verifyNonMembership,
  type ProofSpec,
} from '../../../light-clients/ics23/index.js';
import { readTextFile } from '../input.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

const specs: Readonly<Record<string, ProofSpec>> = {
  iavl: iavlSpec,
  tendermint: tendermintSpec,
  smt: smtSpec,
};

export type ProofSpecName = 'iavl' | 'tendermint' | 'smt';

export interface VerifyProofOptions {
  readonly spec: ProofSpecName;
  /** Hex (an optional 0x is allowed). */
  readonly root: string;
  readonly key: string;
  /** Hex; absent means the proof must show `key` absent. */
  readonly value?: string;
  /** Hex of the protobuf CommitmentProof, or `@path` of a file holding that hex. */
  readonly proof: string;
}

function hexBytes(name: string, text: string): Uint8Array {
  const hex = text.trim().replace(/^0x/i, '');
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex))
    throw new UnusableInputError(`${name} is not hex`, { option: name });
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

async function proofHex(proof: string): Promise<string> {
  if (!proof.startsWith('@')) return proof;
  return readTextFile(proof.slice(1), 'proof');
}

/** Runs the check and returns its verdict; throws UnusableInputError for input it cannot use. */
export async function verifyProofCommand(options: VerifyProofOptions): Promise<Verdict> {
  const spec = specs[options.spec];
  if (spec === undefined)
    throw new UnusableInputError(`unknown spec ${options.spec}; known: ${Object.keys(specs).join(', ')}`, {
      option: 'spec',
    });
  const root = hexBytes('root', options.root);
  const key = hexBytes('key', options.key);
  const value = options.value === undefined ? undefined : hexBytes('value', options.value);
  const proofBytes = hexBytes('proof', await proofHex(options.proof));
  const facts = {
    spec: options.spec,
    kind: value === undefined ? 'non-membership' : 'membership',
    root: Buffer.from(root).toString('hex'),
    key: Buffer.from(key).toString('hex'),
  };
  try {
    const proof = decodeCommitmentProof(proofBytes);
    if (value === undefined) verifyNonMembership(spec, root, proof, key);
    else verifyMembership(spec, root, proof, key, value);
  } catch (err) {
    return rejected(err, facts);
  }
  return {
    ...facts,
    ok: true,
    code: 'OK',
    message:
      value === undefined ? 'the key is absent under the root' : 'the key holds the value under the root',
  };
}
