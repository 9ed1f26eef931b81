/**
 * `npm run bench [-- name ...]`: runs the named benchmarks (all when none is
 * named) and prints their figures as ratios to a same-run baseline.
 *
 * - `codec`: protobuf Packet encode+decode against JSON.
 * - `tendermint`: CometBFT headers (100 validators) against native ed25519
 *   verifies, and ICS-23 membership proofs against native sha256.
 * - `evm`: QBFT headers against secp256k1 recovery, EIP-1186 proofs against
 *   keccak, and 5-of-7 attestations per signature scheme.
 * - `devnet`: blocks/s with 1,000 store writes per block and store proofs
 *   generated per second, against raw sha256.
 * - `relay`: the relayer end to end on its own Redis and NATS between two
 *   loopback devnets: throughput with 1 and 2 processes against BullMQ
 *   no-op jobs, latency at half load, and a backlog's first delivery, drain
 *   time and peak RSS (`ISTHMUS_BENCH_QUICK=1`: tiny parts;
 *   `ISTHMUS_BENCH_BACKLOG=N`: the backlog's size).
 * - `api`: the Relay API on loopback: SendMessage calls/s through the real
 *   API (bearer-token policy, devnet source chain) at two block times, and
 *   WatchMessages messages/s replayed from cursor 0, against raw gRPC unary
 *   no-op calls/s (`ISTHMUS_BENCH_QUICK=1`: brief parts).
 * - `evm-relay`: EVM ledger (ganache, IsthmusPackets, the EVM adapter) → main
 *   devnet through the relayer on its own Redis and NATS: acknowledged
 *   records/s against the ledger's own write rate through the adapter, and
 *   send-to-receipt latency (`ISTHMUS_BENCH_QUICK=1`: brief parts).
 */
import { api } from './api.js';
import { attestation } from './attestation.js';
import { codec } from './codec.js';
import { devnet } from './devnet.js';
import { evm } from './evm.js';
import { evmRelay } from './evm-relay.js';
import { ics23 } from './ics23.js';
import { relay } from './relay.js';
import { tendermint } from './tendermint.js';

const benchmarks: Readonly<Record<string, () => Promise<string[]>>> = {
  codec,
  tendermint: async () => [...(await tendermint()), ...(await ics23())],
  evm: async () => [...(await evm()), ...(await attestation())],
  devnet,
  relay,
  api,
  'evm-relay': evmRelay,
};

const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
  process.stdout.write(`== ${name}\n`);
  for (const line of await benchmarks[name]!()) process.stdout.write(`${line}\n`);
}
