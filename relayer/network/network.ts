/**
 * The network a process relays: the config file's chains and paths and the
 * registry's, merged. The file wins: a registry chain whose id the file
 * also names is left out, and so is a registry path that names a chain
 * neither has, repeats a path (either direction) or names another client
 * for a pair of chains than a path already does — each with its reason, for
 * the log. The same checks refuse such a change when it is made.
 */
import type { ChainConfig, PathConfig } from '../config/schema.js';

export interface Network {
  readonly chains: readonly ChainConfig[];
  readonly paths: readonly PathConfig[];
}

export interface Ignored {
  readonly entry: string;
  readonly reason: string;
}

export interface MergedNetwork extends Network {
  readonly ignored: readonly Ignored[];
}

/** `<chain>/<channel>-><chain>/<channel>`: how commands and logs name a path. */
export function pathName(path: PathConfig): string {
  return `${path.source.chain}/${path.source.channel}->${path.dest.chain}/${path.dest.channel}`;
}

/** Whether `a` and `b` join the same channel ends (a path relays both ways, so either direction). */
export function samePath(a: PathConfig, b: PathConfig): boolean {
  const same = (x: PathConfig['source'], y: PathConfig['source']): boolean =>
    x.chain === y.chain && x.channel === y.channel;
  return (
    (same(a.source, b.source) && same(a.dest, b.dest)) || (same(a.source, b.dest) && same(a.dest, b.source))
  );
}

/**
 * Why `path` cannot join `accepted` on `chains`, or undefined when it can:
 * an unknown chain, a repeat, or a client id that differs from the one an
 * accepted path names for the same host and source chain (a worker proves
 * each source with one client).
 */
export function pathProblem(
  path: PathConfig,
  chains: readonly ChainConfig[],
  accepted: readonly PathConfig[],
): string | undefined {
  for (const end of [path.source, path.dest]) {
    if (!chains.some((c) => c.id === end.chain)) return `unknown chain ${end.chain}`;
  }
  if (accepted.some((p) => samePath(p, path))) return 'the path exists';
  const known = new Map<string, string>();
  for (const p of accepted) {
    if (p.source.clientId !== undefined) known.set(`${p.source.chain}|${p.dest.chain}`, p.source.clientId);
    if (p.dest.clientId !== undefined) known.set(`${p.dest.chain}|${p.source.chain}`, p.dest.clientId);
  }
  for (const [here, there] of [
    [path.source, path.dest],
    [path.dest, path.source],
  ] as const) {
    const other = known.get(`${here.chain}|${there.chain}`);
    if (here.clientId !== undefined && other !== undefined && other !== here.clientId) {
      return `${here.chain}'s client of ${there.chain} is ${other} on another path, not ${here.clientId}`;
    }
  }
  return undefined;
}

export function mergeNetwork(file: Network, registry: Network): MergedNetwork {
  const ignored: Ignored[] = [];
  const chains = [...file.chains];
  for (const chain of registry.chains) {
    if (chains.some((c) => c.id === chain.id)) {
      ignored.push({ entry: `chain ${chain.id}`, reason: 'the config file names this chain' });
    } else chains.push(chain);
  }
  const paths = [...file.paths];
  for (const path of registry.paths) {
    const problem = pathProblem(path, chains, paths);
    if (problem === undefined) paths.push(path);
    else ignored.push({ entry: `path ${pathName(path)}`, reason: problem });
  }
  return { chains, paths, ignored };
}
