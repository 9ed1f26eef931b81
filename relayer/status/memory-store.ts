/**
 * The in-process `StatusStore`: a map of records, for the embedded mode and
 * tests. Single-process only: two processes each keep their own.
 */
import type { PacketRecord, StatusTransition } from './model.js';
import { parsePacketId } from './packet-id.js';
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

/** Chain, then channel, then sequence as a number (so 10 follows 9). */
function byId(a: PacketRecord, b: PacketRecord): number {
  const x = parsePacketId(a.id);
  const y = parsePacketId(b.id);
  if (x.sourceChain !== y.sourceChain) return x.sourceChain < y.sourceChain ? -1 : 1;
  if (x.sourceChannel !== y.sourceChannel) return x.sourceChannel < y.sourceChannel ? -1 : 1;
  return x.sequence === y.sequence ? 0 : x.sequence < y.sequence ? -1 : 1;
}
