/** Public surface of the EVM ledger adapter (docs/evm.md). */
export { loadEvmLedgerConfig, parseEvmLedgerConfig } from './config.js';
export type { EvmLedgerConfig, EvmLedgerConfigInput } from './config.js';
export { deployPackets } from './deploy.js';
export type { DeployedPackets } from './deploy.js';
export { EVM_CHAIN_TYPE, EvmLedger } from './ledger.js';
export { runEvmLedger, startEvmLedger } from './run.js';
export type { RunningEvmLedger } from './run.js';
