/**
 * The process logger. Only the process edge creates one; library code
 * receives a `Logger` (or a child of it) and never writes to the console.
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const merged: LoggerOptions = {
    level: 'info',
    base: { service: 'isthmus' },
    // Level names rather than numbers: what log pipelines and people read.
    formatters: { level: (label) => ({ level: label }) },
    ...options,
  };
  return destination ? pino(merged, destination) : pino(merged);
}
