/**
 * The demo's agency ledger, `agency-1` (adapters/external): an append-only
 * log of records whose sealed state roots are attested by 2 of 3 agency
 * keys, tracked on the main chain by an attestation client. It has no
 * packet module yet, so its records are not relayed as packets: each one
 * is proven instead — the main chain's attestation client is updated with
 * the attestation of a sealed height, and the record's ICS-23 proof
 * (QueryProof) is checked here against the root that client now holds.
 */
import type { Logger } from 'pino';
import { encodeAttestationClientState } from '../../adapters/devnet/index.js';
import {
  parseExternalLedgerConfig,
  startExternalLedger,
  type RunningExternalLedger,
} from '../../adapters/external/index.js';
import { LedgerClient } from '../../adapters/index.js';
import { createClientState, type SignerSet } from '../../light-clients/attestation/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../light-clients/ics23/index.js';
import { fromU64, toU64 } from '../../proto/index.js';
import type { DemoChain } from './network.js';
import { DEMO_STEP_FAILED, submitOne } from './submit.js';

export const AGENCY_CHAIN = 'agency-1';

/**
 * DEMO-ONLY KEYS, published here: anyone can sign as this "agency". They
 * exist so the demo runs with no set-up; a real agency generates its own
 * keys and keeps them secret (docs/external-ledger.md).
 */
const DEMO_ONLY_SIGNERS = [
  { scheme: 'ed25519', privateKey: 'd1'.repeat(32) },
  { scheme: 'sm2', privateKey: 'd2'.repeat(32) },
  { scheme: 'ml-dsa-65', seed: 'd3'.repeat(32) },
] as const;
const DEMO_THRESHOLD = 2;

const DAY_NS = 86_400_000_000_000n;
const utf8 = new TextEncoder();

/** One agency record, proven against the root the main chain's attestation client holds. */
export interface ProvenRecord {
  readonly path: string;
  /** The agency height whose attested root the proof was checked against. */
  readonly height: bigint;
}

export interface DemoAgency {
  readonly chainId: string;
  /** `host:port` of its Ledger gRPC service. */
  readonly endpoint: string;
  /** The attestation client on the main chain that tracks it. */
  readonly clientOnMain: string;
  /** Signer schemes and threshold, for the narrative. */
  readonly signers: string;
  readonly latestHeight: () => bigint;
  /** Appends `value` at `path`, waits for its seal, and proves it through the main chain's client. */
  prove(path: string, value: Uint8Array): Promise<ProvenRecord>;
  close(): Promise<void>;
}

export interface AgencyOptions {
  /** Its listening port; 0 picks a free one. */
  readonly port: number;
  readonly sealIntervalMs: number;
  readonly main: DemoChain;
  readonly logger: Logger;
}

function attestationClientMsg(set: SignerSet) {
  return {
    createClient: {
      clientType: 'attestation',
      clientState: encodeAttestationClientState(
        createClientState({
          chainId: AGENCY_CHAIN,
          signers: set.signers,
          threshold: set.threshold,
          trustingPeriodNs: 14n * DAY_NS,
          maxClockDriftNs: 10_000_000_000n,
        }),
      ),
      // Trusting no height yet: the first update is the first trusted root.
      consensusState: new Uint8Array(0),
    },
  };
}

export async function startAgency(options: AgencyOptions): Promise<DemoAgency> {
  const config = parseExternalLedgerConfig({
    chainId: AGENCY_CHAIN,
    listen: `127.0.0.1:${options.port}`,
    sealIntervalMs: options.sealIntervalMs,
    signerSet: { threshold: DEMO_THRESHOLD, signers: DEMO_ONLY_SIGNERS.map((s) => ({ ...s, weight: 1 })) },
  });
  const running: RunningExternalLedger = await startExternalLedger(config, options.logger);
  const agency = new LedgerClient({ address: running.address });
  const close = async (): Promise<void> => {
    agency.close();
    await running.close();
  };
  const main = options.main;
  try {
    const clientOnMain = (
      await submitOne(
        main.ledger,
        attestationClientMsg(running.signerSet),
        `create an attestation client of ${AGENCY_CHAIN} on ${main.chainId}`,
      )
    ).data;
    // Proofs are checked one record at a time: each moves the client forward from the height the last one left.
    let trusted = 0n;
    let queue: Promise<unknown> = Promise.resolve();

    const proveNow = async (path: string, value: Uint8Array): Promise<ProvenRecord> => {
      const before = running.ledger.latest?.height ?? 0n;
      running.ledger.append(path, value);
      await running.ledger.waitForHeightAbove(before);
      const served = await agency.getClientMessage({
        trustedHeight: { revision: toU64(0n), height: toU64(trusted) },
      });
      const [attestation] = served.messages;
      if (attestation) {
        await submitOne(
          main.ledger,
          { updateClient: { clientId: clientOnMain, message: attestation } },
          `update ${clientOnMain} on ${main.chainId}`,
        );
      }
      const { clientState, consensusState } = await main.ledger.queryClient({ clientId: clientOnMain });
      const height = fromU64(clientState?.latestHeight?.height);
      trusted = height;
      const root = consensusState?.root;
      if (!root || height <= before) {
        throw new IsthmusError(
          DEMO_STEP_FAILED,
          `${clientOnMain} holds no root at or after the record's seal`,
          {
            context: { clientId: clientOnMain, height, sealedAfter: before },
          },
        );
      }
      const proven = await agency.queryProof({
        path,
        height: { revision: toU64(0n), height: toU64(height) },
      });
      // The light client's check, run here: the proof must lead from this exact value to the attested root.
      verifyMerkleProof(root, proven.proof?.bytes ?? new Uint8Array(0), [utf8.encode(path)], value, [
        tendermintSpec,
      ]);
      return { path, height };
    };

    return {
      chainId: AGENCY_CHAIN,
      endpoint: running.address,
      clientOnMain,
      signers: `${DEMO_THRESHOLD} of ${DEMO_ONLY_SIGNERS.map((s) => s.scheme).join(', ')}`,
      latestHeight: () => running.ledger.latest?.height ?? 0n,
      prove: (path, value) => {
        const next = queue.then(() => proveNow(path, value));
        queue = next.catch(() => undefined);
        return next;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
