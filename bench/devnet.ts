/**
 * The devnet: blocks per second with 1,000 packets per block (real
 * `SendPacket`s through the ICS-04 packet module, one transaction of 1,000
 * messages per block, on a `records` channel whose client of the
 * destination is real), and store proofs generated per second, each beside
 * node:crypto SHA-256 doing the same number of hash operations (the floor
 * they can approach), as same-run ratios.
 */
import { pino } from 'pino';
import {
  DevnetChain,
  DevnetLedger,
  createTendermintClientMsg,
  makeGenesis,
  packetModule,
  RECORDS_APP,
} from '../adapters/devnet/index.js';
import { ProvableStore } from '../adapters/store/index.js';
import { sha256 } from '../light-clients/crypto/hash.js';
import { decodeIcs07Header } from '../light-clients/tendermint/index.js';
import { toU64, v1 } from '../proto/index.js';
import { formatRate, measure } from './measure.js';

const PACKETS_PER_BLOCK = 1_000;
const BLOCKS_PER_ROUND = 20;
const PROOF_KEYS = 10_000;
const SECOND = 1_000_000_000n;

/** A chain with a `records` channel to a second chain, ready to send; both on one clock. */
async function sendingChain(): Promise<{ chain: DevnetChain; channel: string }> {
  const logger = pino({ level: 'silent' });
  let now = 1_764_000_000_000_000_000n;
  const clock = (): bigint => (now += SECOND);
  const make = (chainId: string): DevnetChain =>
    new DevnetChain({
      genesis: makeGenesis({ chainId, genesisTimeNs: now }),
      logger,
      clock,
      modules: [packetModule()],
      retainVersions: 100,
    });
  const source = make('bench-1');
  const dest = make('bench-2');
  dest.produceBlock();
  const sourceLedger = new DevnetLedger(source);
  const [message] = (await new DevnetLedger(dest).getClientMessage({})).messages;
  const { signedHeader } = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock;
  const created = await sourceLedger.submit({ messages: [createTendermintClientMsg(signedHeader)] });
  const clientId = new TextDecoder().decode(created.results[0]?.data ?? new Uint8Array(0));
  const opened = await sourceLedger.submit({
    messages: [
      {
        openChannel: {
          app: RECORDS_APP,
          counterpartyChainId: 'bench-2',
          counterpartyChannelId: 'channel-0',
          clientId,
          ordering: v1.Ordering.ORDERING_UNORDERED,
        },
      },
    ],
  });
  const result = opened.results[0];
  if (result?.code !== v1.ResultCode.RESULT_CODE_OK) throw new Error(`bench setup: ${result?.errorCode}`);
  return { chain: source, channel: new TextDecoder().decode(result.data ?? new Uint8Array(0)) };
}

function batchOn(channel: string): v1.ISubmitRequest {
  return {
    messages: Array.from({ length: PACKETS_PER_BLOCK }, (_, i) => ({
      sendPacket: {
        sourceChannel: channel,
        app: RECORDS_APP,
        payload: Uint8Array.of(i >> 8, i & 0xff, 0x42),
        timeoutHeight: { revision: toU64(2n), height: toU64(1_000_000n) },
      },
    })),
  };
}

/**
 * Hashes per block as the store computes them, about: value pre-hash and
 * leaf per new commitment, inner nodes over every key, and one SHA-256 per
 * packet commitment.
 */
function hashesPerBlock(keysAfter: number): number {
  return 3 * PACKETS_PER_BLOCK + (keysAfter - 1);
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function blocks(): Promise<string[]> {
  const image = new Uint8Array(65).fill(7);
  const rounds = 5;
  const rates: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const { chain, channel } = await sendingChain();
    const batch = batchOn(channel);
    const start = process.hrtime.bigint();
    for (let b = 0; b < BLOCKS_PER_ROUND; b++) await chain.submit(batch);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // The same hash count, raw: what the blocks would cost if hashing were all they did.
    let hashes = 0;
    for (let b = 1; b <= BLOCKS_PER_ROUND; b++) hashes += hashesPerBlock(b * PACKETS_PER_BLOCK + 10);
    const hashStart = process.hrtime.bigint();
    for (let i = 0; i < hashes; i++) sha256(image);
    const hashSeconds = Number(process.hrtime.bigint() - hashStart) / 1e9;
    rates.push(BLOCKS_PER_ROUND / seconds);
    ratios.push(hashSeconds / seconds);
  }
  const avgHashes = Math.round(
    Array.from({ length: BLOCKS_PER_ROUND }, (_, b) =>
      hashesPerBlock((b + 1) * PACKETS_PER_BLOCK + 10),
    ).reduce((a, b) => a + b, 0) / BLOCKS_PER_ROUND,
  );
  return [
    `devnet    blocks of ${PACKETS_PER_BLOCK} SendPackets, commitments growing to ${BLOCKS_PER_ROUND * PACKETS_PER_BLOCK}   ${median(rates).toFixed(1)} blocks/s = ${Math.round(median(rates) * PACKETS_PER_BLOCK).toLocaleString('en-US')} packets/s  (${median(ratios).toFixed(2)}x raw sha256 x~${avgHashes} per block)`,
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
