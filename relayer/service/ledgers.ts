/**
 * One `LedgerClient` per configured chain, reached at its endpoint — over
 * TLS (mTLS with a client cert and key) when the chain's `tls` names PEM
 * files, plaintext otherwise.
 */
import { LedgerClient, type ClientTlsOptions } from '../../adapters/index.js';
import type { ChainConfig, TlsFilesConfig, WitnessConfig } from '../config/schema.js';
import type { Logger } from '../logger.js';

export function ledgerClientOf(chain: ChainConfig, logger: Logger): LedgerClient {
  return new LedgerClient({
    address: chain.endpoint,
    logger: logger.child({ chainId: chain.id }),
    ...(chain.tls === undefined ? {} : { tls: tlsOf(chain.tls) }),
  });
}

/** Another node of `chainId` (its `witnesses` entry), for the misbehaviour watcher. */
export function witnessClientOf(chainId: string, witness: WitnessConfig, logger: Logger): LedgerClient {
  return new LedgerClient({
    address: witness.endpoint,
    logger: logger.child({ chainId, witness: witness.endpoint }),
    ...(witness.tls === undefined ? {} : { tls: tlsOf(witness.tls) }),
  });
}

function tlsOf(tls: TlsFilesConfig): ClientTlsOptions {
  return {
    ...(tls.ca === undefined ? {} : { ca: { path: tls.ca } }),
    ...(tls.cert === undefined ? {} : { cert: { path: tls.cert } }),
    ...(tls.key === undefined ? {} : { key: { path: tls.key } }),
    ...(tls.serverName === undefined ? {} : { serverNameOverride: tls.serverName }),
  };
}
