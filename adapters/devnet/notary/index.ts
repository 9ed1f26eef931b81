/** Public surface of the devnet's notary module: document hashes recorded in provable state. */
export { notaryModule } from './notary-module.js';
export {
  checkNotarizeInput,
  decodeNotaryRecord,
  encodeNotaryRecord,
  NOTARY_HASH_ALGORITHM,
  NOTARY_HASH_LENGTH,
  NOTARY_LABEL_MAX_BYTES,
  NOTARY_RECORD_VERSION,
  NotaryErrorCode,
  notaryPath,
} from './record.js';
export type { NotarizeInput, NotaryRecord } from './record.js';
