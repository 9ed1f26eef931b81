/** Public surface of the network registry: chains and paths added and removed while the relayer runs. */
export { DEFAULT_NETWORK_PREFIX, networkNames } from './names.js';
export type { NetworkNames } from './names.js';
export { mergeNetwork, pathName, pathProblem, samePath } from './network.js';
export type { Ignored, MergedNetwork, Network } from './network.js';
export {
  announcedRevision,
  NETWORK_CHAIN_EXISTS,
  NETWORK_CHAIN_IN_USE,
  NETWORK_ENTRY_INVALID,
  NETWORK_NOT_IN_REGISTRY,
  NETWORK_PATH_REFUSED,
  NETWORK_REGISTRY_CONTENDED,
  NETWORK_REGISTRY_MALFORMED,
  NetworkRegistry,
} from './registry.js';
export type { NetworkAnnouncement, PathEnds, RegistrySnapshot } from './registry.js';
export { followNetwork } from './follow.js';
export type { FollowNetworkOptions, NetworkFollower } from './follow.js';
