/**
 * The revision number of a chain id, as ibc-go parses it
 * (`ParseChainID`, modules/core/02-client/types/height.go): a chain id of
 * the form `{name}-{N}` (N without leading zeros) is revision N; any other
 * chain id is revision 0.
 */
const REVISION_FORMAT = /^.*[^\n-]-([1-9][0-9]*)$/;

export function revisionOf(chainId: string): bigint {
  const match = REVISION_FORMAT.exec(chainId);
  return match?.[1] === undefined ? 0n : BigInt(match[1]);
}
