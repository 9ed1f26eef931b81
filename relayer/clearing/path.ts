/**
 * The path clearing works on: one direction of a configured path (source
 * chain/channel -> destination chain/channel). Structurally a `PathConfig`
 * (relayer/config/schema.ts), so configured paths are passed as they are.
 */
export interface ClearingPath {
  readonly source: { readonly chain: string; readonly channel: string };
  readonly dest: { readonly chain: string; readonly channel: string };
  readonly ordering: 'unordered' | 'ordered';
}

export function describePath(path: ClearingPath): string {
  return `${path.source.chain}/${path.source.channel} -> ${path.dest.chain}/${path.dest.channel}`;
}
