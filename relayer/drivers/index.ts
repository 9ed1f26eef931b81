/** Public surface of the queue and bus drivers. */
export { defaultAttempts, defaultBackoff, done, permanent, retry } from './queue.js';
export type {
  AddResult,
  Backoff,
  BatchHandler,
  DeadLetter,
  Job,
  JobOptions,
  JobOutcome,
  ProcessOptions,
  Processor,
  Queue,
  QueueCounts,
} from './queue.js';
export { ack, defaultDuplicateWindowMs, nak, term } from './bus.js';
export type {
  Bus,
  BusMessage,
  ConsumeOptions,
  Consumer,
  Decision,
  KvEntry,
  KvOptions,
  KvStore,
  MessageHandler,
  PublishOptions,
  PublishResult,
  StreamSpec,
} from './bus.js';
export { backoffDelayMs } from './backoff.js';
export { BullMqQueue } from './bullmq-queue.js';
export type { BullMqQueueOptions } from './bullmq-queue.js';
export { MemoryQueue } from './memory-queue.js';
export type { MemoryQueueOptions } from './memory-queue.js';
export { JetStreamBus } from './jetstream-bus.js';
export type { JetStreamBusOptions } from './jetstream-bus.js';
export { MemoryBus } from './memory-bus.js';
export type { MemoryBusOptions } from './memory-bus.js';
export { openDrivers } from './open.js';
export type { DriverConfig, Drivers } from './open.js';
