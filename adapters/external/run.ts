/**
 * The agency ledger as a process: `isthmus external-ledger --config <file>`
 * calls `runExternalLedger`, which loads the configuration, seals the
 * genesis height, serves the `Ledger` gRPC service on the configured address
 * and seals a new height every `sealIntervalMs` until closed or aborted.
 */
import { Server, ServerCredentials } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { bytesToHex } from '@noble/hashes/utils.js';
import { signerSetToJson, type SignerSet } from '../../light-clients/attestation/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { addLedgerService } from '../ledger/grpc-server.js';
import { ProvableStore } from '../store/index.js';
import { createAgencySigner } from './agency-signer.js';
import { AgencyLedger } from './agency-ledger.js';
import { Attestor } from './attestor.js';
import { loadExternalLedgerConfig, type ExternalLedgerConfig } from './config.js';
import { ExternalLedger } from './ledger-service.js';

export interface RunningExternalLedger {
  /** `host:port` the service listens on (the real port when the config says 0). */
  readonly address: string;
  /** The ledger itself: append records, seal on demand. */
  readonly ledger: AgencyLedger;
  /** The signer set a counterparty registers its attestation client with. */
  readonly signerSet: SignerSet;
  /** Stops sealing, ends follow streams and shuts the server down; idempotent. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Nanoseconds since the Unix epoch; the wall clock by default. */
  readonly clock?: () => bigint;
  readonly signal?: AbortSignal;
}

const wallClockNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
/** In-flight calls get this long to finish at close before the server drops them. */
const SHUTDOWN_GRACE_MS = 5_000;

function bind(server: Server, address: string): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync(address, ServerCredentials.createInsecure(), (err, port) =>
      err
        ? reject(
            new IsthmusError('LISTEN_FAILED', `cannot listen on ${address}: ${err.message}`, {
              category: 'unavailable',
              context: { address },
              cause: err,
            }),
          )
        : resolve(port),
    ),
  );
}

function shutdown(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, SHUTDOWN_GRACE_MS);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

/** Starts an agency ledger from a validated configuration. */
export async function startExternalLedger(
  config: ExternalLedgerConfig,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningExternalLedger> {
  const log = logger.child({ module: 'external-ledger-process', chain: config.chainId });
  const signers = config.signerSet.signers.map((s, i) => createAgencySigner(s, i));
  const attestor = new Attestor(signers, config.signerSet.threshold);
  const ledger = new AgencyLedger({
    chainId: config.chainId,
    attestor,
    store: new ProvableStore({ retainVersions: config.retainHeights }),
    retainHeights: config.retainHeights,
    clock: options.clock ?? wallClockNs,
    logger,
  });
  ledger.seal();

  const server = new Server();
  addLedgerService(server, new ExternalLedger(ledger, logger), logger);
  let port: number;
  try {
    port = await bind(server, config.listen);
  } catch (err) {
    ledger.close();
    server.forceShutdown();
    throw err;
  }
  const host = config.listen.slice(0, config.listen.lastIndexOf(':'));
  const address = `${host}:${port}`;

  const timer =
    config.sealIntervalMs > 0
      ? setInterval(() => {
          try {
            ledger.seal();
          } catch (err) {
            log.error({ err }, 'sealing a height failed');
          }
        }, config.sealIntervalMs)
      : undefined;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      clearInterval(timer);
      options.signal?.removeEventListener('abort', onAbort);
      ledger.close();
      await shutdown(server);
      log.info({ address }, 'agency ledger stopped');
    })();
    return closing;
  };
  const onAbort = (): void => void close();
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  log.info(
    {
      address,
      sealIntervalMs: config.sealIntervalMs,
      signerSetHash: bytesToHex(attestor.signerSetHash),
      signerSet: signerSetToJson(attestor.signerSet),
    },
    'agency ledger serving the Ledger service',
  );
  return { address, ledger, signerSet: attestor.signerSet, close };
}

/**
 * Loads `configPath` (YAML, see config.ts) and starts the agency ledger;
 * aborting `signal` closes it. Throws CONFIG_UNREADABLE, CONFIG_INVALID,
 * INVALID_SIGNER_KEY, INVALID_SIGNER_SET or LISTEN_FAILED.
 */
export async function runExternalLedger(
  configPath: string,
  logger: Logger,
  signal?: AbortSignal,
): Promise<RunningExternalLedger> {
  const config = await loadExternalLedgerConfig(configPath);
  return startExternalLedger(config, logger, signal === undefined ? {} : { signal });
}
