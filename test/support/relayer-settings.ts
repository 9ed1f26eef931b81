/** The relayer settings test configs share: small batches, short intervals, nothing filtered. */
import type { RelayerConfig } from '../../relayer/config/schema.js';

type Tuning = Pick<RelayerConfig, 'workers' | 'clearing' | 'clients' | 'filters'>;

export function testRelayerSettings(workers: Partial<RelayerConfig['workers']> = {}): Tuning {
  return {
    workers: {
      concurrency: 2,
      batchSize: 10,
      batchDelayMs: 50,
      lockDurationMs: 2_000,
      stalledIntervalMs: 1_000,
      reportIntervalMs: 500,
      ...workers,
    },
    clearing: { intervalMs: 1_000 },
    clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
    filters: { allow: [], deny: [] },
  };
}
