/**
 * The demo's sample traffic, sent as each sector's apps would send it —
 * `SendPacket` on the source chain's Ledger API — and left to the relayer
 * to deliver. Messages rotate through three scenarios:
 *
 * 1. edu-1 issues an education credential and anchors it on the main chain;
 * 2. health-1 sends a patient-consent record to the main chain;
 * 3. the main chain asks health-1 to verify the latest anchored credential.
 *    Once health-1 has acknowledged the request, the credential is checked
 *    from health-1's side: its proof in the main chain's state against the
 *    root health-1's own light client of the main chain holds.
 *
 * Every third message the agency ledger also seals a record, proven
 * through the main chain's attestation client (agency.ts).
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { RECORDS_APP, recordPath, revisionOf } from '../../adapters/devnet/index.js';
import { IsthmusError, sha256 } from '../../light-clients/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../light-clients/ics23/index.js';
import { fromU64, toU64 } from '../../proto/index.js';
import { packetId, type PacketRecord, type StatusStore } from '../status/index.js';
import type { DemoAgency } from './agency.js';
import type { DemoChain, DemoNetwork } from './network.js';
import type { DemoOutput } from './output.js';
import {
  educationCredential,
  landTitle,
  patientConsent,
  verificationRequest,
  type AnchoredCredential,
} from './samples.js';
import { DEMO_STEP_FAILED, submitOne } from './submit.js';
import type { Scenario } from './summary.js';

/** Far past any height the demo reaches: no sample message times out. */
const FAR_HEIGHT = 1_000_000_000n;
const utf8 = new TextEncoder();

interface SentCredential {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  /** Where the main chain stores it once received. */
  readonly path: string;
}

export interface TrafficCounts {
  readonly sent: number;
  /** Credentials health-1 checked against its light client of the main chain. */
  readonly verifiedFromHealth: number;
  /** Agency records proven against the main chain's attestation client. */
  readonly agencyProven: number;
  /** Checks (health-1's or the agency's) that failed. */
  readonly checkFailures: number;
}

export class Traffic {
  readonly #network: DemoNetwork;
  readonly #agency: DemoAgency;
  readonly #status: StatusStore;
  readonly #out: DemoOutput;
  readonly #credentials: SentCredential[] = [];
  /** Verification requests by packet id: the credential each asks about. */
  readonly #requests = new Map<
    string,
    { readonly credential: SentCredential; readonly anchored: AnchoredCredential }
  >();
  readonly #checks = new Set<Promise<void>>();
  #next = 0;
  #counts = { sent: 0, verifiedFromHealth: 0, agencyProven: 0, checkFailures: 0 };

  constructor(network: DemoNetwork, agency: DemoAgency, status: StatusStore, out: DemoOutput) {
    this.#network = network;
    this.#agency = agency;
    this.#status = status;
    this.#out = out;
  }

  get counts(): TrafficCounts {
    return { ...this.#counts };
  }

  /** The three scenarios, by the channel their packets leave from. */
  get scenarios(): readonly Scenario[] {
    const { main, health, edu } = this.#network;
    return [
      { name: 'credential', idPrefix: `${edu.sector.chainId}/${edu.sectorChannel}/` },
      { name: 'consent', idPrefix: `${health.sector.chainId}/${health.sectorChannel}/` },
      { name: 'verification', idPrefix: `${main.chainId}/${health.mainChannel}/` },
    ];
  }

  /** Sends the next message of the rotation; a verification request first waits for an anchored credential. */
  async sendNext(signal: AbortSignal): Promise<void> {
    const n = this.#next;
    const round = Math.floor(n / 3) + 1;
    const { main, health, edu } = this.#network;
    if (n % 3 === 0) {
      const credential = educationCredential(round);
      const sent = await this.#send(edu.sector, edu.sectorChannel, main.chainId, credential);
      const sha = bytesToHex(sha256(sent.bytes));
      this.#credentials.push({
        id: sent.id,
        bytes: sent.bytes,
        sha256: sha,
        path: recordPath(edu.sector.chainId, edu.sectorChannel, sent.sequence),
      });
      this.#out.line(
        `-> ${sent.id}  credential ${credential.credentialId}: ${credential.qualification} for ${credential.holder}, sha256 ${sha.slice(0, 12)}…`,
      );
    } else if (n % 3 === 1) {
      const consent = patientConsent(round);
      const sent = await this.#send(health.sector, health.sectorChannel, main.chainId, consent);
      this.#out.line(
        `-> ${sent.id}  consent ${consent.consentId}: ${consent.patient} agrees to ${consent.purpose}`,
      );
    } else {
      const found = await this.#anchoredCredential(signal);
      if (!found) return;
      const request = verificationRequest(round, found.anchored);
      const sent = await this.#send(main, health.mainChannel, health.sector.chainId, request);
      this.#requests.set(sent.id, found);
      this.#out.line(
        `-> ${sent.id}  verification ${request.requestId}: ${request.request.replace(found.anchored.sha256, `${found.anchored.sha256.slice(0, 12)}…`)}`,
      );
      this.#track(this.#proveAgencyRecord(round));
    }
    this.#next += 1;
    this.#counts.sent += 1;
  }

  /** A packet was acknowledged: a verification request's credential is now checked from health-1. */
  acknowledged(record: PacketRecord): void {
    const request = this.#requests.get(record.id);
    if (request) this.#track(this.#verifyFromHealth(request.credential, request.anchored));
  }

  /** Whether a check (health-1's or the agency's) is still running. */
  get checking(): boolean {
    return this.#checks.size > 0;
  }

  /** Resolves once every check started so far has finished. */
  async settled(): Promise<void> {
    while (this.#checks.size > 0) await Promise.all([...this.#checks]);
  }

  async #send(
    from: DemoChain,
    channel: string,
    destChainId: string,
    payload: object,
  ): Promise<{ id: string; sequence: bigint; bytes: Uint8Array }> {
    const bytes = utf8.encode(JSON.stringify(payload));
    const sent = await submitOne(
      from.ledger,
      {
        sendPacket: {
          sourceChannel: channel,
          app: RECORDS_APP,
          payload: bytes,
          timeoutHeight: { revision: toU64(revisionOf(destChainId)), height: toU64(FAR_HEIGHT) },
        },
      },
      `send a record on ${from.chainId}/${channel}`,
    );
    const sequence = BigInt(sent.data);
    return { id: packetId({ sourceChain: from.chainId, sourceChannel: channel, sequence }), sequence, bytes };
  }

  /** The newest credential the main chain has received, waiting (until `signal`) for the first. */
  async #anchoredCredential(
    signal: AbortSignal,
  ): Promise<{ credential: SentCredential; anchored: AnchoredCredential } | undefined> {
    const main = this.#network.main.chainId;
    while (!signal.aborted) {
      for (const credential of [...this.#credentials].reverse()) {
        const record = await this.#status.get(credential.id);
        const recv = record?.hops.find((h) => h.step === 'recv' && h.chainId === main && h.height > 0n);
        if (recv) {
          return {
            credential,
            anchored: {
              sha256: credential.sha256,
              chainId: main,
              height: recv.height,
              path: credential.path,
            },
          };
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  }

  /**
   * The check health-1 makes: the credential's proof in the main chain's
   * state, against the root of health-1's own client of the main chain. A
   * tendermint header at height L commits the state after block L-1, so
   * that is the state proven.
   */
  async #verifyFromHealth(credential: SentCredential, anchored: AnchoredCredential): Promise<void> {
    const { main, health } = this.#network;
    const { clientState, consensusState } = await health.sector.ledger.queryClient({
      clientId: health.clientOnSector,
    });
    const trusted = fromU64(clientState?.latestHeight?.height);
    const stateHeight = trusted - 1n;
    if (!consensusState?.root || stateHeight < anchored.height) {
      throw new IsthmusError(
        DEMO_STEP_FAILED,
        `${health.sector.chainId}'s client ${health.clientOnSector} is at ${trusted}, before the credential's height ${anchored.height}`,
        { context: { clientId: health.clientOnSector, trusted, anchoredAt: anchored.height } },
      );
    }
    const proof = await main.ledger.queryProof({
      path: credential.path,
      height: { revision: toU64(revisionOf(main.chainId)), height: toU64(stateHeight) },
    });
    verifyMerkleProof(
      consensusState.root,
      proof.proof?.bytes ?? new Uint8Array(0),
      [utf8.encode(credential.path)],
      credential.bytes,
      [tendermintSpec],
    );
    this.#counts.verifiedFromHealth += 1;
    this.#out.line(
      `   ${health.sector.chainId} verified credential ${credential.sha256.slice(0, 12)}… in ${main.chainId}'s state at height ${stateHeight}, against its light client ${health.clientOnSector}`,
    );
  }

  async #proveAgencyRecord(n: number): Promise<void> {
    const title = landTitle(n);
    const path = `land-titles/${title.titleId}`;
    const proven = await this.#agency.prove(path, utf8.encode(JSON.stringify(title)));
    this.#counts.agencyProven += 1;
    this.#out.line(
      `ok ${this.#agency.chainId} ${path} sealed, proven at height ${proven.height} against the root attested to ${this.#network.main.chainId}'s client ${this.#agency.clientOnMain}`,
    );
  }

  #track(check: Promise<void>): void {
    const tracked = check.catch((err: unknown) => {
      this.#counts.checkFailures += 1;
      const detail = IsthmusError.is(err) ? `${err.code}: ${err.message}` : String(err);
      this.#out.line(`!! check failed: ${detail}`);
    });
    this.#checks.add(tracked);
    void tracked.finally(() => this.#checks.delete(tracked));
  }
}
