/** Public surface of the relayer service: the roles of one process, wired from the config. */
export {
  allRelayerRoles,
  isRelayerRole,
  relayerRoles,
  SERVICE_UNKNOWN_CHAIN,
  startRelayer,
} from './start-relayer.js';
export type { Relayer, RelayerNames, RelayerRole, StartRelayerOptions } from './start-relayer.js';
export {
  clearingPaths,
  SERVICE_CLIENT_ID_CONFLICT,
  SERVICE_CLIENT_ID_MISSING,
  workerRoutes,
} from './routes.js';
export type { WorkerRoute } from './routes.js';
export { ProcessAlerts } from './alerts.js';
export { clearOnce } from './clearing.js';
export type { ClearedPath, ClearOnceOptions } from './clearing.js';
export { ledgerClientOf } from './ledgers.js';
