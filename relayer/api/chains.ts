/**
 * ListChains and GetClient: each configured chain with its latest height
 * and the client another configured chain keeps of it — that client's
 * status and how long it stays within its trusting period without an
 * update. A chain that does not answer is still listed, with what is known,
 * so one unreachable endpoint does not hide the others.
 */
import { decodeClientState } from '../../adapters/devnet/index.js';
import type { Ledger } from '../../adapters/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';
import type { Logger } from '../logger.js';
import { TENDERMINT } from '../delivery/index.js';
import { invalidField } from './errors.js';
import { isConfiguredChain, trustingClient } from './topology.js';

export interface ChainsDeps {
  readonly config: RelayerConfig;
  readonly ledgerOf: (chainId: string) => Ledger;
  readonly logger: Logger;
  /** Nanoseconds since the Unix epoch. */
  readonly now: () => bigint;
}

const NS_PER_S = 1_000_000_000n;

export async function listChains(deps: ChainsDeps): Promise<v1.IChainSummary[]> {
  return Promise.all(deps.config.chains.map((chain) => chainSummary(deps, chain)));
}

async function chainSummary(
  deps: ChainsDeps,
  chain: RelayerConfig['chains'][number],
): Promise<v1.IChainSummary> {
  const summary: v1.IChainSummary = { chainId: chain.id, chainType: chain.type };
  try {
    const { height } = await deps.ledgerOf(chain.id).getLatestHeight({});
    if (height) summary.latestHeight = height;
  } catch (err) {
    deps.logger.warn({ err, chainId: chain.id }, 'chain did not report its latest height');
  }
  const client = trustingClient(deps.config, chain.id);
  if (client === undefined) return summary;
  summary.clientId = client.clientId;
  try {
    const { clientState, consensusState } = await deps
      .ledgerOf(client.hostChainId)
      .queryClient({ clientId: client.clientId });
    summary.clientStatus = clientState?.status ?? v1.ClientStatus.CLIENT_STATUS_UNSPECIFIED;
    if (clientState?.clientType === TENDERMINT) {
      const { trustingPeriod } = decodeClientState(clientState.state ?? new Uint8Array(0));
      const expiresNs = fromU64(consensusState?.timestampNs) + trustingPeriod;
      const remainingNs = expiresNs - deps.now();
      summary.trustingPeriodRemainingS = toU64(remainingNs > 0n ? remainingNs / NS_PER_S : 0n);
    }
  } catch (err) {
    deps.logger.warn(
      { err, chainId: chain.id, hostChainId: client.hostChainId, clientId: client.clientId },
      'client of the chain could not be read',
    );
  }
  return summary;
}

export async function getClient(deps: ChainsDeps, req: v1.GetClientRequest): Promise<v1.IGetClientResponse> {
  if (!isConfiguredChain(deps.config, req.chainId)) {
    throw invalidField('chain_id', `chain "${req.chainId}" is not configured`, { chainId: req.chainId });
  }
  if (req.clientId === '') throw invalidField('client_id', 'is empty');
  const { clientState, consensusState } = await deps
    .ledgerOf(req.chainId)
    .queryClient({ clientId: req.clientId });
  return {
    ...(clientState === null ? {} : { clientState }),
    ...(consensusState === null ? {} : { consensusState }),
  };
}
