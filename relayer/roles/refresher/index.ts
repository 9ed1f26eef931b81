/** Public surface of the client refresher role: hosted clients updated before their trusting period runs out. */
export { REFRESHER_BAD_INTERVAL, REFRESHER_LEASES_BUCKET, startRefresher } from './refresher.js';
export type { Refresher, RefresherOptions } from './refresher.js';
export { REFRESHER_NO_NEW_HEADER, REFRESHER_UNEXPECTED, refreshClient } from './refresh-client.js';
export type { RefreshAction, RefreshedClient, RefreshResult } from './refresh-client.js';
export { checkRefreshFraction, clientFreshness, REFRESHER_BAD_FRACTION, refreshAfter } from './freshness.js';
export type { ClientClock, Freshness } from './freshness.js';
