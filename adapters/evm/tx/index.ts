/** Public surface of EVM transaction submission: the sender, its nonce manager, options and errors. */
export { TxSender } from './tx-sender.js';
export type { SentTx, TxRequest } from './tx-sender.js';
export { NonceManager } from './nonce-manager.js';
export type { NonceManagerOptions, NonceSource, NonceState } from './nonce-manager.js';
export { parseTxSenderOptions, txSenderOptionsSchema } from './options.js';
export type { OptionIssue, ResolvedTxSenderOptions, TxLogger, TxSenderOptions } from './options.js';
export { TxErrorCode } from './errors.js';
export { bumpFees, quoteFees } from './fees.js';
export type { Fees } from './fees.js';
