/** Public surface of clearing: rebuilding a path's missing relay work from chain state. */
export { clearingSteps, relayJobId } from './job.js';
export type { ClearingStep, RelayJob } from './job.js';
export { describePath } from './path.js';
export type { ClearingPath } from './path.js';
export { planPath, timeoutPassed } from './plan.js';
export type { ChainPoint, PathObservation } from './plan.js';
export { clearPath } from './clear-path.js';
export type { ClearPathOptions } from './clear-path.js';
export { CLEARING_FAILED, CLEARING_UNKNOWN_CHAIN, clearPaths } from './clear-paths.js';
export type { ClearPathsOptions, PathClearing } from './clear-paths.js';
export { CLEARING_LEDGER_FAILED } from './errors.js';
export type { LedgerReadContext } from './errors.js';
export { mapConcurrent } from './concurrency.js';
export { CLEARING_INTERVAL_INVALID, startClearingLoop } from './loop.js';
export type { ClearingLoop, ClearingLoopOptions } from './loop.js';
