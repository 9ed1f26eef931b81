/**
 * Public surface of the agency ledger adapter: a reference `Ledger` for a
 * ledger without BFT consensus (an append-only log whose heights are
 * attested by k-of-n agency keys), runnable as its own process.
 * docs/external-ledger.md is the template another agency implements.
 */
export { AgencyLedger, GENESIS_PATH, MAX_RECORD_BYTES, recordKey } from './agency-ledger.js';
export type { AgencyLedgerOptions, SealedHeight } from './agency-ledger.js';
export { createAgencySigner } from './agency-signer.js';
export type { AgencySigner } from './agency-signer.js';
export { Attestor } from './attestor.js';
export type { AttestationContent } from './attestor.js';
export {
  externalLedgerConfigSchema,
  loadExternalLedgerConfig,
  parseExternalLedgerConfig,
  signerConfigSchema,
} from './config.js';
export type { ExternalLedgerConfig, SignerConfig } from './config.js';
export type { ConfigIssue } from '../config-file.js';
export {
  ATTESTATION_CLIENT_TYPE,
  decodeAttestationMessage,
  encodeAttestationMessage,
} from './attestation-message.js';
export { CHAIN_TYPE, CLIENT_TYPE, ExternalLedger, MAX_SUBMIT_MESSAGES } from './ledger-service.js';
export { PROOF_KIND, ledgerProof } from './proof.js';
export { runExternalLedger, startExternalLedger } from './run.js';
export type { RunningExternalLedger, StartOptions } from './run.js';
export type { VersionedStore } from './store-contract.js';
