/**
 * The devnet chain core: blocks per second with 1,000 store writes per
 * block, and store proofs generated per second, each beside node:crypto
 * SHA-256 doing the same number of hash operations (the floor they can
 * approach), as same-run ratios.
 *
 * Until the packet module exists, a stand-in module writes one 32-byte
 * commitment per `SendPacket` (1,000 messages in one transaction per
 * block): the store writes, the tree, the header and the 4 signatures of a
 * block are real, the packet rules are not.
 */
import { pino } from 'pino';
import { DevnetChain, makeGenesis, type Module } from '../adapters/devnet/index.js';
import { ProvableStore } from '../adapters/store/index.js';
import { sha256 } from '../light-clients/crypto/hash.js';
import { formatRate, measure } from './measure.js';

const WRITES_PER_BLOCK = 1_000;
const BLOCKS_PER_ROUND = 20;
const PROOF_KEYS = 10_000;

const standIn: Module = {
  name: 'bench-commitments',
  messages: ['sendPacket'],
  deliver(msg, ctx) {
    const payload = msg.sendPacket?.payload ?? new Uint8Array(0);
    ctx.store.set(
      new TextEncoder().encode(`commitments/ch-0/${ctx.height}/${payload[0]}/${payload[1]}`),
      sha256(payload),
    );
    return {};
  },
};

const batch = {
  messages: Array.from({ length: WRITES_PER_BLOCK }, (_, i) => ({
    sendPacket: { sourceChannel: 'ch-0', app: 'records', payload: Uint8Array.of(i >> 8, i & 0xff) },
  })),
};

/** Hashes per block as the store computes them: value pre-hash and leaf per write, inner nodes over every key. */
function hashesPerBlock(keysAfter: number): number {
  return 2 * WRITES_PER_BLOCK + (keysAfter - 1);
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function blocks(): Promise<string[]> {
  const logger = pino({ level: 'silent' });
  const image = new Uint8Array(65).fill(7);
  const rounds = 5;
  const rates: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let now = 1_764_000_000_000_000_000n;
    const chain = new DevnetChain({
      genesis: makeGenesis({ chainId: 'bench-1', genesisTimeNs: now }),
      logger,
      clock: () => (now += 1_000_000_000n),
      modules: [standIn],
      retainVersions: 100,
    });
    const start = process.hrtime.bigint();
    for (let b = 0; b < BLOCKS_PER_ROUND; b++) await chain.submit(batch);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // The same hash count, raw: what the blocks would cost if hashing were all they did.
    let hashes = 0;
    for (let b = 1; b <= BLOCKS_PER_ROUND; b++) hashes += hashesPerBlock(b * WRITES_PER_BLOCK + 1);
    const hashStart = process.hrtime.bigint();
    for (let i = 0; i < hashes; i++) sha256(image);
    const hashSeconds = Number(process.hrtime.bigint() - hashStart) / 1e9;
    rates.push(BLOCKS_PER_ROUND / seconds);
    ratios.push(hashSeconds / seconds);
  }
  const avgHashes = Math.round(
    Array.from({ length: BLOCKS_PER_ROUND }, (_, b) => hashesPerBlock((b + 1) * WRITES_PER_BLOCK + 1)).reduce(
      (a, b) => a + b,
      0,
    ) / BLOCKS_PER_ROUND,
  );
  return [
    `devnet    blocks, ${WRITES_PER_BLOCK} store writes each (stand-in for ${WRITES_PER_BLOCK} packets until the packet module exists), store growing to ${BLOCKS_PER_ROUND * WRITES_PER_BLOCK} keys   ${median(rates).toFixed(1)} blocks/s  (${median(ratios).toFixed(2)}x raw sha256 x~${avgHashes} per block)`,
  ];
}

async function proofs(): Promise<string[]> {
  const store = new ProvableStore();
  for (let i = 0; i < PROOF_KEYS; i++)
    store.set(new TextEncoder().encode(`commitments/ch-0/${i * 2}`), sha256(Uint8Array.of(i & 0xff, i >> 8)));
  store.commit();
  const present = Array.from({ length: 256 }, (_, i) =>
    new TextEncoder().encode(`commitments/ch-0/${((i * 7919) % PROOF_KEYS) * 2}`),
  );
  const absent = present.map((k) => Uint8Array.of(...k, 0x78));
  // Verifying one proof costs its depth in inner hashes plus the value pre-hash and the leaf.
  const depth = Math.ceil(Math.log2(PROOF_KEYS));
  const image = new Uint8Array(65).fill(7);
  let i = 0;
  const options = { rounds: 5, roundMs: 200, maxIterations: 200_000 };
  const base = await measure(() => {
    for (let h = 0; h < depth + 2; h++) sha256(image);
  }, options);
  const exist = await measure(() => store.prove(present[i++ & 255] as Uint8Array), options);
  const nonexist = await measure(() => store.prove(absent[i++ & 255] as Uint8Array), options);
  const ratio = (r: { opsPerSec: number }): string =>
    `${(r.opsPerSec / base.opsPerSec).toFixed(2)}x baseline`;
  return [
    `baseline  sha256 x${depth + 2} (node:crypto, one proof's verification hashes)   ${formatRate(base)}`,
    `devnet    store existence proofs generated, ${PROOF_KEYS} keys       ${formatRate(exist)}  (${ratio(exist)})`,
    `devnet    store absence proofs generated, ${PROOF_KEYS} keys         ${formatRate(nonexist)}  (${ratio(nonexist)})`,
  ];
}

export async function devnet(): Promise<string[]> {
  return [...(await blocks()), ...(await proofs())];
}
