/** Public surface of observability: the relayer's Prometheus metrics, its HTTP endpoints and its dashboard. */
export { METRIC_NAMES, METRIC_PREFIX, RELAYER_METRIC_NAMES } from './names.js';
export { RelayerMetrics } from './metrics.js';
export type { RelayerMetricsOptions, ScrapeSource } from './metrics.js';
export type { DurableSource, HostedClientSource, ScrapeSources, WatchedChainSource } from './sources.js';
export { MeteredStatusStore } from './metered-status.js';
export type { FinalStatusLabel, PacketMetrics } from './metered-status.js';
export { backlogByPath, PENDING_STATUSES } from './backlog.js';
export type { PathBacklog } from './backlog.js';
export { pathLabel } from './path-label.js';
export { OBSERVABILITY_TIMEOUT, within } from './bounded.js';
export { checkReadiness } from './readiness.js';
export type { Readiness, ReadinessCheck } from './readiness.js';
export { HTTP_LISTEN_FAILED, startHttpServer } from './http-server.js';
export type { HttpServer, HttpServerOptions } from './http-server.js';
export { Dashboard, DASHBOARD_BAD_REQUEST } from './dashboard/index.js';
export type { DashboardOptions, DashboardPath, DashboardSources } from './dashboard/index.js';
