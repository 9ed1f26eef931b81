/**
 * The status store as the roles use it, counting what they apply: a
 * packet's final status (acknowledged, timed out, failed) when a transition
 * changes it, and its latency — send to receive, from the hop times — when
 * it is first received. Counting on `changed` counts each change once
 * across processes (the shared store applies by compare and set).
 */
import type {
  PacketRecord,
  PacketStatus,
  StatusFilter,
  StatusStore,
  StatusTransition,
  TransitionResult,
} from '../status/index.js';
import { pathLabel } from './path-label.js';

/** `isthmus_packets_total`'s `status` label values. */
export type FinalStatusLabel = 'acknowledged' | 'timed_out' | 'failed';

export interface PacketMetrics {
  packetFinal(path: string, status: FinalStatusLabel): void;
  packetLatency(path: string, seconds: number): void;
}

const finalLabel: Partial<Record<PacketStatus, FinalStatusLabel>> = {
  acknowledged: 'acknowledged',
  'timed-out': 'timed_out',
  failed: 'failed',
};

export class MeteredStatusStore implements StatusStore {
  constructor(
    private readonly inner: StatusStore,
    private readonly metrics: PacketMetrics,
  ) {}

  get(id: string): Promise<PacketRecord | undefined> {
    return this.inner.get(id);
  }

  list(filter?: StatusFilter): Promise<PacketRecord[]> {
    return this.inner.list(filter);
  }

  async apply(transition: StatusTransition): Promise<TransitionResult> {
    const result = await this.inner.apply(transition);
    if (result.changed) this.#observe(result.record, transition);
    return result;
  }

  #observe(record: PacketRecord, transition: StatusTransition): void {
    const path = pathLabel(record);
    const final = finalLabel[transition.status];
    if (final !== undefined) this.metrics.packetFinal(path, final);
    if (transition.status !== 'received') return;
    const sentNs = record.hops.find((hop) => hop.step === 'send')?.timeNs ?? 0n;
    const receivedNs = transition.hop.timeNs;
    // Without a send hop (status first seen at receipt) there is no latency to tell.
    if (sentNs > 0n && receivedNs >= sentNs)
      this.metrics.packetLatency(path, Number(receivedNs - sentNs) / 1e9);
  }
}
