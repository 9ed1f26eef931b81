/** Public surface of the light clients: pure verification, no I/O. */
export { IsthmusError, errorCategories } from './errors.js';
export type { ErrorCategory, ErrorContext, IsthmusErrorJSON, IsthmusErrorOptions } from './errors.js';
export { VerificationError } from './verification-error.js';
export type { VerificationErrorOptions } from './verification-error.js';
