/** Public surface of the watcher role: one active follower per chain, publishing its events to the bus. */
export { startWatcher, WATCHER_WRONG_CHAIN } from './watcher.js';
export type { Watcher, WatcherOptions, WatcherStats } from './watcher.js';
export { ChainLease, WATCHER_LEASES_BUCKET } from './lease.js';
export { chainKey, readCursor, WATCHER_BAD_CURSOR, WATCHERS_BUCKET, writeCursor } from './cursor.js';
export type { WatchCursor } from './cursor.js';
