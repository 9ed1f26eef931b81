/** Public surface of the misbehaviour watcher role: client updates compared with witnesses, forks frozen. */
export { MISBEHAVIOUR_DETECTED, MISBEHAVIOUR_DURABLE, startMisbehaviourWatcher } from './watcher.js';
export type {
  MisbehaviourStats,
  MisbehaviourWatcher,
  MisbehaviourWatcherOptions,
  WatchedClient,
  WatchedHost,
} from './watcher.js';
export { checkConflict, misbehaviourMessage } from './evidence.js';
export { anchoredAt, WITNESS_WRONG_HEADER, witnessHeader } from './witness.js';
