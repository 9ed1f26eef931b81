/**
 * Test chains made with the tests' own secp256k1 keys: headers sealed the way
 * QBFT / IBFT 2.0 (committed seals) and Clique (signer seal) seal them, so the
 * client can be checked end to end without a network.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bftBlockHash, bftSealDigest } from '../../../light-clients/evm/bft.js';
import { cliqueSealHash } from '../../../light-clients/evm/clique.js';
import { addressOf, type Address } from '../../../light-clients/evm/ecrecover.js';
import {
  encodeBftExtraData,
  type BftExtraData,
  type BftFlavour,
} from '../../../light-clients/evm/extra-data.js';
import type { EvmHeader } from '../../../light-clients/evm/header.js';
import type { EvmClientState, EvmConsensusState } from '../../../light-clients/evm/client.js';

export interface TestKey {
  readonly secret: Uint8Array;
  readonly address: Address;
}

export function testKey(n: number): TestKey {
  const secret = new Uint8Array(32);
  secret[31] = n & 0xff;
  secret[30] = (n >> 8) & 0xff;
  secret[0] = 0x11;
  const publicKey = secp256k1.getPublicKey(secret, false);
  return { secret, address: addressOf(keccak_256(publicKey.subarray(1)).subarray(12)) };
}

export function testKeys(count: number, from = 1): TestKey[] {
  return Array.from({ length: count }, (_, i) => testKey(from + i));
}

/** A 65-byte r ‖ s ‖ v signature of `digest`. */
export function sign65(digest: Uint8Array, key: TestKey): Uint8Array {
  const recovered = secp256k1.sign(digest, key.secret, { prehash: false, format: 'recovered' });
  const out = new Uint8Array(65);
  out.set(recovered.subarray(1), 0);
  out[64] = recovered[0] ?? 0;
  return out;
}

const zero = (n: number): Uint8Array => new Uint8Array(n);

/** A London-shaped header (16 fields) with the given fields. */
export function plainHeader(fields: Partial<EvmHeader> = {}): EvmHeader {
  return {
    parentHash: zero(32),
    ommersHash: keccak_256(Uint8Array.of(0xc0)),
    beneficiary: zero(20),
    stateRoot: keccak_256(Uint8Array.of(1)),
    transactionsRoot: keccak_256(Uint8Array.of(2)),
    receiptsRoot: keccak_256(Uint8Array.of(3)),
    logsBloom: zero(256),
    difficulty: 1n,
    number: 0n,
    gasLimit: 30_000_000n,
    gasUsed: 0n,
    timestamp: 1_700_000_000n,
    extraData: new Uint8Array(0),
    mixHash: zero(32),
    nonce: zero(8),
    baseFeePerGas: 7n,
    ...fields,
  };
}

/** A BFT header: extraData with `validators` (the set after this block), sealed by `sealers`. */
export function bftHeader(
  flavour: BftFlavour,
  fields: Partial<EvmHeader>,
  validators: readonly Address[],
  sealers: readonly TestKey[],
  round = 0,
): EvmHeader {
  const extra: BftExtraData = { vanity: zero(32), validators, round, seals: [] };
  const unsealed = plainHeader({ ...fields, extraData: encodeBftExtraData(flavour, extra) });
  const digest = bftSealDigest(flavour, unsealed, extra);
  const seals = sealers.map((k) => sign65(digest, k));
  return { ...unsealed, extraData: encodeBftExtraData(flavour, { ...extra, seals }) };
}

export const NOW_S = 1_700_000_100n;
export const NOW = NOW_S * 1_000_000_000n;

export function clientState(
  consensus: EvmClientState['consensus'],
  fields: Partial<EvmClientState> = {},
): EvmClientState {
  return {
    chainId: 1337n,
    consensus,
    trustingPeriodNs: 3600n * 1_000_000_000n,
    maxClockDriftNs: 15n * 1_000_000_000n,
    frozen: false,
    ...(consensus === 'clique' ? { cliqueEpoch: 30000n } : {}),
    ...fields,
  };
}

export interface BftFixture {
  readonly flavour: BftFlavour;
  readonly keys: readonly TestKey[];
  readonly validators: readonly Address[];
  readonly trusted: EvmConsensusState;
  /** The next header, sealed by the first `quorum` validators, with `validators` unchanged. */
  next(
    sealers?: readonly TestKey[],
    fields?: Partial<EvmHeader>,
    nextValidators?: readonly Address[],
  ): EvmHeader;
}

/** A trusted BFT header at number 10 with `count` validators, and a maker of its successor. */
export function bftFixture(flavour: BftFlavour, count = 4): BftFixture {
  const keys = testKeys(count);
  const validators = keys.map((k) => k.address);
  const trustedHeader = bftHeader(flavour, { number: 10n, timestamp: NOW_S - 10n }, validators, keys);
  const trusted: EvmConsensusState = {
    header: trustedHeader,
    hash: bftBlockHash(flavour, trustedHeader),
    validators,
  };
  const quorum = Math.ceil((2 * count) / 3);
  return {
    flavour,
    keys,
    validators,
    trusted,
    next: (sealers = keys.slice(0, quorum), fields = {}, nextValidators = validators) =>
      bftHeader(
        flavour,
        { number: 11n, timestamp: NOW_S - 5n, parentHash: trusted.hash, ...fields },
        nextValidators,
        sealers,
        1,
      ),
  };
}

/** A Clique header sealed by `signer`; checkpoint headers list `checkpointSigners`. */
export function cliqueHeader(
  fields: Partial<EvmHeader>,
  signer: TestKey,
  checkpointSigners: readonly Address[] = [],
): EvmHeader {
  const list = checkpointSigners.flatMap((a) => [...Buffer.from(a.slice(2), 'hex')]);
  const extraData = new Uint8Array(32 + list.length + 65);
  extraData.set(list, 32);
  const unsealed = plainHeader({ ...fields, extraData });
  const seal = sign65(cliqueSealHash(unsealed), signer);
  const sealed = new Uint8Array(extraData);
  sealed.set(seal, 32 + list.length);
  return { ...unsealed, extraData: sealed };
}

const rpcNames: Readonly<Record<string, string>> = { ommersHash: 'sha3Uncles', beneficiary: 'miner' };

/** The header as an eth JSON-RPC block object, with `hash` when given. */
export function headerToRpc(header: EvmHeader, hash?: Uint8Array): Record<string, string> {
  const hex = (b: Uint8Array): string => `0x${Buffer.from(b).toString('hex')}`;
  return {
    ...Object.fromEntries(
      Object.entries(header).map(([k, v]) => [
        rpcNames[k] ?? k,
        typeof v === 'bigint' ? `0x${v.toString(16)}` : hex(v as Uint8Array),
      ]),
    ),
    ...(hash === undefined ? {} : { hash: hex(hash) }),
  };
}
