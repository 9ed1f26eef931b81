/** Public surface of the dashboard: the handler the HTTP server mounts and the JSON it serves. */
export { Dashboard, DASHBOARD_BAD_REQUEST, DEFAULT_PACKET_LIMIT, MAX_PACKET_LIMIT } from './dashboard.js';
export type { DashboardOptions, DashboardPath, DashboardSources, Summary } from './dashboard.js';
export { CONTENT_SECURITY_POLICY } from './assets.js';
export { NEAR_EXPIRY_FRACTION } from './views.js';
export type {
  AlertKind,
  AlertView,
  ChainView,
  ClientStatus,
  ClientView,
  HopView,
  PacketSummary,
  PacketView,
  PathView,
} from './views.js';
