/**
 * A test-only CometBFT chain: deterministic validator keys, headers with
 * validator-set changes, and commits really signed over the canonical-vote
 * sign bytes. Used to build positive cases (bisection, client updates) that
 * third-party vectors do not cover, and the benchmark's 100-validator commit.
 */
import { createHash, createPrivateKey, createPublicKey, sign as nodeSign, type KeyObject } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  BlockIdFlag,
  commitSignBytes,
  headerHash,
  makeValidatorSet,
  validatorAddress,
  validatorSetHash,
  type BlockId,
  type Commit,
  type CommitSig,
  type Header,
  type KeyType,
  type LightBlock,
  type PublicKey,
  type ValidatorSet,
} from '../../../../light-clients/tendermint/index.js';

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
export const NS = 1_000_000_000n;
/** 2020-01-01T00:00:00Z */
export const GENESIS_TIME = 1_577_836_800n * NS;
export const CHAIN_ID = 'isthmus-test-1';

export interface TestKey {
  readonly name: string;
  readonly pubKey: PublicKey;
  readonly sign: (message: Uint8Array) => Uint8Array;
}

function seedOf(name: string): Uint8Array {
  return Uint8Array.from(createHash('sha256').update(`isthmus-test-key:${name}`).digest());
}

/** A deterministic key named `name`. */
export function testKey(name: string, type: KeyType = 'ed25519'): TestKey {
  const seed = seedOf(name);
  if (type === 'secp256k1') {
    return {
      name,
      pubKey: { type, bytes: secp256k1.getPublicKey(seed, true) },
      sign: (m) => secp256k1.sign(sha256(m), seed, { prehash: false, lowS: true }),
    };
  }
  const privateKey: KeyObject = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return {
    name,
    pubKey: { type, bytes: Uint8Array.from(spki.subarray(spki.length - 32)) },
    sign: (m) => Uint8Array.from(nodeSign(null, m, privateKey)),
  };
}

export interface Member {
  readonly key: TestKey;
  readonly power: bigint;
}

export function members(names: readonly string[], power = 10n, type: KeyType = 'ed25519'): Member[] {
  return names.map((name) => ({ key: testKey(name, type), power }));
}

export function validatorSetOf(list: readonly Member[]): ValidatorSet {
  return makeValidatorSet(list.map((m) => ({ pubKey: m.key.pubKey, votingPower: m.power })));
}

function keysByAddress(list: readonly Member[]): Map<string, TestKey> {
  return new Map(list.map((m) => [Buffer.from(validatorAddress(m.key.pubKey)).toString('hex'), m.key]));
}

const tag = (label: string, height: bigint): Uint8Array =>
  sha256(new TextEncoder().encode(`${label}:${height}`));

export interface ChainSpec {
  readonly chainId?: string;
  /** Blocks 1..height. */
  readonly height: number;
  /** The validators of block `h` (and so the next validators of `h - 1`). */
  readonly validatorsAt: (height: bigint) => readonly Member[];
  /** Which canonical indices sign block `h`; all by default. */
  readonly signersAt?: (height: bigint, size: number) => ReadonlySet<number>;
  /** Nanoseconds between blocks; 5 s by default. */
  readonly interval?: bigint;
}

export interface TestChain {
  readonly chainId: string;
  /** `blocks[h]` is block h; index 0 is unused. */
  readonly blocks: readonly LightBlock[];
  readonly members: (height: bigint) => readonly Member[];
  block(height: bigint): LightBlock;
}

/** Signs `commit` for `header` by `list` (in canonical order), only `signers` when given. */
export function signCommit(
  chainId: string,
  header: Header,
  list: readonly Member[],
  round = 1,
  signers?: ReadonlySet<number>,
): Commit {
  const set = validatorSetOf(list);
  const blockId: BlockId = {
    hash: headerHash(header),
    partSetHeader: { total: 1, hash: tag('parts', header.height) },
  };
  const unsigned: Commit = { height: header.height, round, blockId, signatures: [] };
  const signBytes = commitSignBytes(chainId, unsigned);
  const keys = keysByAddress(list);
  const signatures = set.validators.map((v, i): CommitSig => {
    if (signers && !signers.has(i)) {
      return {
        blockIdFlag: BlockIdFlag.Absent,
        validatorAddress: new Uint8Array(0),
        timestamp: 0n,
        signature: new Uint8Array(0),
      };
    }
    const timestamp = header.time + BigInt(i) * 1_000n + 123n;
    return {
      blockIdFlag: BlockIdFlag.Commit,
      validatorAddress: v.address,
      timestamp,
      signature: (keys.get(Buffer.from(v.address).toString('hex')) as TestKey).sign(
        signBytes(BlockIdFlag.Commit, timestamp),
      ),
    };
  });
  return { ...unsigned, signatures };
}

/** A header at `height` for the given sets, linked to `previous`. */
export function makeHeader(
  chainId: string,
  height: bigint,
  time: bigint,
  vals: ValidatorSet,
  nextVals: ValidatorSet,
  previous?: BlockId,
): Header {
  return {
    version: { block: 11n, app: 1n },
    chainId,
    height,
    time,
    lastBlockId: previous ?? {
      hash: new Uint8Array(0),
      partSetHeader: { total: 0, hash: new Uint8Array(0) },
    },
    lastCommitHash: height > 1n ? tag('last-commit', height) : new Uint8Array(0),
    dataHash: tag('data', height),
    validatorsHash: validatorSetHash(vals),
    nextValidatorsHash: validatorSetHash(nextVals),
    consensusHash: tag('consensus', 0n),
    appHash: tag('app', height),
    lastResultsHash: tag('results', height),
    evidenceHash: tag('evidence', height),
    proposerAddress: vals.validators[0]?.address ?? new Uint8Array(20),
  };
}

export function makeChain(spec: ChainSpec): TestChain {
  const chainId = spec.chainId ?? CHAIN_ID;
  const interval = spec.interval ?? 5n * NS;
  const blocks: LightBlock[] = [];
  let previous: BlockId | undefined;
  for (let n = 1; n <= spec.height; n++) {
    const h = BigInt(n);
    const list = spec.validatorsAt(h);
    const vals = validatorSetOf(list);
    const nextVals = validatorSetOf(spec.validatorsAt(h + 1n));
    const header = makeHeader(chainId, h, GENESIS_TIME + h * interval, vals, nextVals, previous);
    const commit = signCommit(chainId, header, list, 1, spec.signersAt?.(h, list.length));
    previous = commit.blockId;
    blocks[n] = { signedHeader: { header, commit }, validatorSet: vals, nextValidatorSet: nextVals };
  }
  return {
    chainId,
    blocks,
    members: spec.validatorsAt,
    block(height) {
      const b = blocks[Number(height)];
      if (!b) throw new Error(`no block ${height}`);
      return b;
    },
  };
}

export interface VariantOptions {
  /** Who signs (canonical order of the block's own set); all by default. */
  readonly signers?: ReadonlySet<number>;
  /** The chain id put into the sign bytes; the header's by default. */
  readonly signChainId?: string;
  /** The members signing; the block's own by default. */
  readonly members?: readonly Member[];
}

/** Block `height` of `chain` with `patch` applied to its header and a freshly signed commit. */
export function variant(
  chain: TestChain,
  height: bigint,
  patch: Partial<Header> = {},
  options: VariantOptions = {},
): LightBlock {
  const original = chain.block(height);
  const header: Header = { ...original.signedHeader.header, ...patch };
  const list = options.members ?? chain.members(height);
  const commit = signCommit(options.signChainId ?? header.chainId, header, list, 1, options.signers);
  return { ...original, signedHeader: { header, commit } };
}

/** Verify options for `chain`: two-week trusting period, 10 s drift. */
export function optionsFor(chain: TestChain): {
  chainId: string;
  trustingPeriod: bigint;
  maxClockDrift: bigint;
} {
  return { chainId: chain.chainId, trustingPeriod: 14n * 86_400n * NS, maxClockDrift: 10n * NS };
}

/** A `now` shortly after block `height`. */
export function nowAfter(chain: TestChain, height: bigint): bigint {
  return chain.block(height).signedHeader.header.time + 60n * NS;
}
