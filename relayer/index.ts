/** Public surface of the relayer service. */
export { loadConfig, ConfigError } from './config/load.js';
export type { ConfigIssue, LoadConfigOptions } from './config/load.js';
export { relayerConfigSchema, chainConfigSchema, pathConfigSchema } from './config/schema.js';
export type { RelayerConfig, ChainConfig, PathConfig } from './config/schema.js';
export { createLogger } from './logger.js';
export type { Logger } from './logger.js';
