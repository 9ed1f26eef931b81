/** Public surface of the Tendermint (CometBFT) light client: pure verification, no I/O. */
export { BlockIdFlag } from './types.js';
export type {
  BlockId,
  Commit,
  CommitSig,
  Header,
  KeyType,
  LightBlock,
  PartSetHeader,
  PublicKey,
  SignatureVerifier,
  SignedHeader,
  TrustLevel,
  Validator,
  ValidatorSet,
  Version,
} from './types.js';
export { TendermintErrorCode } from './errors.js';
export { formatRfc3339, parseRfc3339 } from './time.js';
export { merkleRoot } from './merkle.js';
export { headerHash } from './header-hash.js';
export {
  compareValidators,
  makeValidatorSet,
  MAX_TOTAL_VOTING_POWER,
  validatorAddress,
  validatorSetHash,
} from './validator-set.js';
export type { ValidatorInput } from './validator-set.js';
export { commitSignBytes, voteSignBytes } from './sign-bytes.js';
export { defaultSignatureVerifier, verifyCommitLight, verifyCommitLightTrusting } from './commit.js';
export type { CommitTally } from './commit.js';
export { BLOCK_PROTOCOL, validateSignedHeader } from './signed-header.js';
export {
  checkTrustLevel,
  DEFAULT_TRUST_LEVEL,
  isExpired,
  trustedStateOf,
  verifyLightBlock,
} from './verifier.js';
export type { TrustedState, VerifiedHeader, VerifyOptions } from './verifier.js';
export { verifySkipping } from './bisection.js';
export type { LightBlockFetcher, SkippingRequest, SkippingResult } from './bisection.js';
export {
  parseBlockId,
  parseCommit,
  parseHeader,
  parseLightBlock,
  parseSignedHeader,
  parseValidatorSet,
} from './json.js';
export { decodeLightBlock, decodeValidatorSet, encodeLightBlock, encodeValidatorSet } from './protobuf.js';
export { decodeIcs07Header, encodeIcs07Header } from './ics07-header.js';
export type { Ics07Header, TrustedPoint } from './ics07-header.js';
export {
  assertActive,
  clientStatus,
  consensusStateOf,
  updateClient,
  validateClientState,
  verifyHeader,
} from './client.js';
export type {
  ClientState,
  ClientStatus,
  ConsensusNeighbours,
  ConsensusState,
  ConsensusStateLookup,
  TendermintHeader,
  UpdateOptions,
  UpdateResult,
} from './client.js';
export { checkMisbehaviour } from './misbehaviour.js';
export { verifyMembership, verifyNonMembership } from './membership.js';
export type { StateProof } from './membership.js';
export type { Misbehaviour } from './misbehaviour.js';
