/**
 * Heights of an agency ledger on the wire: revision 0 always (the ledger
 * never restarts its numbering), height = sealed height; `bigint` in code,
 * uint64 at the proto edge.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';

export function wireHeight(height: bigint): v1.Height {
  return v1.Height.create({ revision: toU64(0n), height: toU64(height) });
}

/** The height a request names (0 when absent); INVALID_HEIGHT for another revision. */
export function requestedHeight(height: v1.IHeight | null | undefined, field: string): bigint {
  const revision = fromU64(height?.revision);
  if (revision !== 0n) {
    throw new IsthmusError(
      'INVALID_HEIGHT',
      `${field}: an agency ledger has revision 0 only, got ${revision}`,
      {
        category: 'invalid_argument',
        context: { field, revision },
      },
    );
  }
  return fromU64(height?.height);
}
