/** Public surface of the worker role: the delivery core bound to a destination's queue. */
export { startWorker, WORKER_UNDECIDED } from './start-worker.js';
export type { Worker, WorkerOptions } from './start-worker.js';
export type { WorkerCounts } from './counters.js';
export { DELIVERY_FAILED } from './job-outcome.js';
export { WORKER_BAD_JOB } from './job-step.js';
