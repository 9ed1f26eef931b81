/**
 * The EVM ledger adapter as a process: `isthmus evm-ledger --config <file>`
 * loads the configuration (config.ts), checks that the node serves the
 * configured chain and that the contract is an IsthmusPackets naming the
 * configured ledger id, then serves the `Ledger` gRPC service.
 */
import { JsonRpcProvider } from 'ethers';
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import { startLedgerServer } from '../ledger/grpc-server.js';
import { ChainReader } from './chain-reader.js';
import { Committee } from './committee.js';
import { CommitteeClients } from './committee-clients.js';
import { loadEvmLedgerConfig, type EvmLedgerConfig } from './config.js';
import { packetsInterface } from './contract.js';
import { EvmLedger } from './ledger.js';
import { TxSender } from './tx/index.js';

export interface RunningEvmLedger {
  /** `host:port` of the Ledger service (the real port when the config says 0). */
  readonly address: string;
  readonly ledger: EvmLedger;
  readonly committee: Committee;
  /** Stops the server and the provider; idempotent. */
  close(): Promise<void>;
}

export interface EvmLedgerOptions {
  readonly clock?: () => bigint;
}

/** Checks the node and the contract against the configuration; CHAIN_MISMATCH / CONTRACT_MISMATCH. */
async function checkChain(
  config: EvmLedgerConfig & { contract: string },
  reader: ChainReader,
): Promise<void> {
  const evmChainId = await reader.chainId();
  if (evmChainId !== config.evmChainId) {
    throw new IsthmusError(
      'CHAIN_MISMATCH',
      `the node serves chain ${evmChainId}, not ${config.evmChainId}`,
      {
        category: 'failed_precondition',
        context: { rpcUrl: config.rpcUrl },
      },
    );
  }
  let named: string;
  try {
    const data = packetsInterface.encodeFunctionData('chainId', []);
    [named] = packetsInterface.decodeFunctionResult(
      'chainId',
      await reader.call(config.contract, data),
    ) as unknown as [string];
  } catch (cause) {
    throw new IsthmusError('CONTRACT_MISMATCH', `${config.contract} is not an IsthmusPackets contract`, {
      category: 'failed_precondition',
      context: { contract: config.contract },
      cause,
    });
  }
  if (named !== config.chainId) {
    throw new IsthmusError('CONTRACT_MISMATCH', `the contract names ledger ${named}, not ${config.chainId}`, {
      category: 'failed_precondition',
      context: { contract: config.contract },
    });
  }
}

export async function startEvmLedger(
  input: EvmLedgerConfig,
  logger: Logger,
  options: EvmLedgerOptions = {},
): Promise<RunningEvmLedger> {
  const contract = input.contract;
  if (contract === undefined) {
    throw new IsthmusError(
      'CONTRACT_MISSING',
      'the configuration names no contract: deploy one with `isthmus evm-deploy`',
      {
        category: 'invalid_argument',
      },
    );
  }
  const config = { ...input, contract };
  const provider = new JsonRpcProvider(config.rpcUrl, undefined, {
    staticNetwork: true,
    pollingInterval: Math.min(config.pollIntervalMs, 1000),
    // One request per HTTP call: in a JSON-RPC batch, a node that answers eth_sendRawTransaction
    // only once the transaction is mined (ganache) holds a later nonce's send in front of the
    // earlier nonce's, and neither returns; unbatched, a slow call delays no other either.
    batchMaxCount: 1,
  });
  try {
    const reader = new ChainReader(provider, config.confirmations);
    await checkChain(config, reader);
    const committee = new Committee(config.committee);
    const s = config.sender;
    const sender = new TxSender({
      provider,
      key: `0x${Buffer.from(s.privateKey).toString('hex')}`,
      confirmations: s.confirmations,
      replaceAfterMs: s.replaceAfterMs,
      feeBumpPercent: s.feeBumpPercent,
      maxReplacements: s.maxReplacements,
      logger: logger.child({ module: 'evm-tx', chain: config.chainId }),
    });
    const ledger = new EvmLedger({
      chainId: config.chainId,
      evmChainId: config.evmChainId,
      contract: config.contract,
      reader,
      sender,
      committee,
      clients: await CommitteeClients.open(config.stateFile),
      pollIntervalMs: config.pollIntervalMs,
      logger,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    const server = await startLedgerServer({ ledger, logger, address: config.listen });
    logger.info(
      {
        chain: config.chainId,
        address: server.address,
        contract: config.contract,
        committee: committee.addresses,
      },
      'EVM ledger serving the Ledger service',
    );
    let closing: Promise<void> | undefined;
    return {
      address: server.address,
      ledger,
      committee,
      close: () =>
        (closing ??= (async () => {
          await server.close();
          provider.destroy();
        })()),
    };
  } catch (err) {
    provider.destroy();
    throw err;
  }
}

/** Loads `configPath` (YAML) and starts the adapter. */
export async function runEvmLedger(configPath: string, logger: Logger): Promise<RunningEvmLedger> {
  return startEvmLedger(await loadEvmLedgerConfig(configPath), logger);
}
