/**
 * The in-process `StatusStore`: a map of records, for the embedded mode and
 * tests. Single-process only: two processes each keep their own
 * (`KvStatusStore`, kv-store.ts, is the one they share).
 */
import type { PacketRecord, StatusTransition } from './model.js';
import { comparePacketKeys, parsePacketId } from './packet-id.js';
import { matchesFilter, type StatusFilter, type StatusStore } from './store.js';
import { applyTransition, type TransitionResult } from './transition.js';

export class InMemoryStatusStore implements StatusStore {
  readonly #records = new Map<string, PacketRecord>();

  async get(id: string): Promise<PacketRecord | undefined> {
    return this.#records.get(id);
  }

  async apply(transition: StatusTransition): Promise<TransitionResult> {
    parsePacketId(transition.id);
    const result = applyTransition(this.#records.get(transition.id), transition);
    if (result.changed) this.#records.set(transition.id, result.record);
    return result;
  }

  async list(filter: StatusFilter = {}): Promise<PacketRecord[]> {
    const matching = [...this.#records.values()].filter((r) => matchesFilter(r, filter)).sort(byId);
    return filter.limit === undefined ? matching : matching.slice(0, filter.limit);
  }
}

function byId(a: PacketRecord, b: PacketRecord): number {
  return comparePacketKeys(parsePacketId(a.id), parsePacketId(b.id));
}
