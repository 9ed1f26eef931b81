/**
 * ICS-23 membership proofs per second: an IAVL existence proof 20 inner
 * ops deep (22 SHA-256 hashes: value pre-hash, leaf, 20 inner nodes),
 * verified from its decoded form and from protobuf bytes, against the
 * baseline of node:crypto SHA-256 over the same 22 preimages — the floor
 * verification can approach. Goal: verification >= 0.8x the baseline.
 */
import { cosmos } from '../proto/gen/ics23.js';
import { sha256 } from '../light-clients/crypto/hash.js';
import {
  calculateExistenceRoot,
  decodeCommitmentProof,
  HashOp,
  iavlSpec,
  verifyMembership,
  type CommitmentProof,
  type ExistenceProof,
  type InnerOp,
} from '../light-clients/ics23/index.js';
import { formatRate, measure } from './measure.js';

const DEPTH = 20;

/** Zig-zag varint of a non-negative number, as IAVL writes heights, sizes and versions. */
function zigzag(n: number): number[] {
  const out: number[] = [];
  for (let u = n * 2; ; u = Math.floor(u / 128)) {
    if (u < 0x80) return [...out, u];
    out.push((u % 128) | 0x80);
  }
}

/** An IAVL-shaped proof: node at layer L has height L, size 2^L; children alternate sides. */
function iavlProof(): ExistenceProof {
  const version = zigzag(100);
  const path: InnerOp[] = [];
  for (let layer = 1; layer <= DEPTH; layer++) {
    const head = [...zigzag(layer), ...zigzag(2 ** layer), ...version, 32];
    const sibling = new Uint8Array(32).fill(layer);
    path.push(
      layer % 2 === 0
        ? { hash: HashOp.SHA256, prefix: Uint8Array.from(head), suffix: Uint8Array.of(32, ...sibling) }
        : { hash: HashOp.SHA256, prefix: Uint8Array.of(...head, ...sibling, 32), suffix: new Uint8Array(0) },
    );
  }
  return {
    key: new TextEncoder().encode('commitments/ports/transfer/channels/channel-0/sequences/42'),
    value: new Uint8Array(32).fill(0xc0),
    leaf: { ...iavlSpec.leafSpec, prefix: Uint8Array.from([...zigzag(0), ...zigzag(1), ...version]) },
    path,
  };
}

/** The preimages of the proof's 22 hashes, for the baseline. */
function preimages(proof: ExistenceProof, root: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [proof.value];
  const hashedValue = sha256(proof.value);
  let child = sha256(
    Uint8Array.of(
      ...(proof.leaf?.prefix ?? []),
      proof.key.length,
      ...proof.key,
      hashedValue.length,
      ...hashedValue,
    ),
  );
  out.push(Uint8Array.of(...(proof.leaf?.prefix ?? []), proof.key.length, ...proof.key, 32, ...hashedValue));
  for (const step of proof.path) {
    const image = Uint8Array.of(...step.prefix, ...child, ...step.suffix);
    out.push(image);
    child = sha256(image);
  }
  if (Buffer.compare(Buffer.from(child), Buffer.from(root)) !== 0)
    throw new Error('bench: baseline preimages are wrong');
  return out;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function ics23(): Promise<string[]> {
  const exist = iavlProof();
  const root = calculateExistenceRoot(exist);
  const proof: CommitmentProof = { kind: 'exist', proof: exist };
  const bytes = cosmos.ics23.v1.CommitmentProof.encode({
    exist: { ...exist, leaf: exist.leaf ?? null, path: [...exist.path] },
  }).finish();
  verifyMembership(iavlSpec, root, proof, exist.key, exist.value);
  const images = preimages(exist, root);
  const hashes = images.length;

  // Rounds alternate between the three loops, and each round's figures are
  // compared with the baseline of the same round: load from other processes
  // then shifts all three alike instead of skewing the ratio.
  const rounds = 15;
  const options = { rounds: 1, roundMs: 100, maxIterations: 100_000 };
  const runs = { baseline: [] as number[], verify: [] as number[], fromBytes: [] as number[] };
  const ratios = { verify: [] as number[], fromBytes: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const base = (
      await measure(() => {
        for (const image of images) sha256(image);
      }, options)
    ).opsPerSec;
    const verify = (
      await measure(() => verifyMembership(iavlSpec, root, proof, exist.key, exist.value), options)
    ).opsPerSec;
    const fromBytes = (
      await measure(
        () => verifyMembership(iavlSpec, root, decodeCommitmentProof(bytes), exist.key, exist.value),
        options,
      )
    ).opsPerSec;
    runs.baseline.push(base);
    runs.verify.push(verify);
    runs.fromBytes.push(fromBytes);
    ratios.verify.push(verify / base);
    ratios.fromBytes.push(fromBytes / base);
  }
  const rate = (xs: number[]): string => formatRate({ opsPerSec: median(xs), rounds });
  const ratio = (xs: number[]): string => `${median(xs).toFixed(2)}x baseline`;
  return [
    `baseline  sha256 x${hashes} (node:crypto)               ${rate(runs.baseline)}`,
    `ics23     IAVL membership, depth ${DEPTH}, decoded      ${rate(runs.verify)}  (${ratio(ratios.verify)})`,
    `ics23     IAVL membership, depth ${DEPTH}, from bytes   ${rate(runs.fromBytes)}  (${ratio(ratios.fromBytes)})`,
  ];
}
