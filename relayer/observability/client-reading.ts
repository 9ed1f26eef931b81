/**
 * One hosted client as the metrics show it, read back from its host
 * (QueryClient): latest height, frozen or not, and the time left before it
 * expires (ICS-07: trusting period after the time of its latest consensus
 * state). The clock is a parameter.
 */
import { decodeClientState, decodeConsensusState } from '../../adapters/devnet/index.js';
import type { Ledger } from '../../adapters/index.js';

export interface ClientReading {
  readonly latestHeight: bigint;
  readonly frozen: boolean;
  /** Seconds until the client expires; 0 once it has. */
  readonly trustingPeriodRemainingSeconds: number;
  /** The client's whole trusting period, against which the time left is judged. */
  readonly trustingPeriodSeconds: number;
}

export async function readClient(
  host: Ledger,
  clientId: string,
  nowNs: bigint,
  signal: AbortSignal,
): Promise<ClientReading> {
  const queried = await host.queryClient({ clientId }, { signal });
  const state = decodeClientState(queried.clientState?.state ?? new Uint8Array(0));
  const consensus = decodeConsensusState(queried.consensusState?.state ?? new Uint8Array(0));
  const remainingNs = consensus.timestamp + state.trustingPeriod - nowNs;
  return {
    latestHeight: state.latestHeight,
    frozen: state.frozenHeight !== 0n,
    trustingPeriodRemainingSeconds: remainingNs > 0n ? Number(remainingNs) / 1e9 : 0,
    trustingPeriodSeconds: Number(state.trustingPeriod) / 1e9,
  };
}
