/**
 * Where the network registry lives on the bus: a KV bucket holding the
 * chains and paths added at run time, and a small stream on which every
 * change is announced. They follow the events prefix, so two deployments
 * (or two tests) on one NATS that set their own prefix keep their own
 * registries; the defaults are `isthmus-network` and
 * `isthmus.network.changed` — three tokens, so the subject overlaps
 * neither the events stream (four) nor the packet status stream (five).
 */
export interface NetworkNames {
  readonly bucket: string;
  readonly stream: string;
  readonly subject: string;
}

export const DEFAULT_NETWORK_PREFIX = 'isthmus';

/** The registry's names for an events prefix; `bucket` overrides the bucket's. */
export function networkNames(prefix: string = DEFAULT_NETWORK_PREFIX, bucket?: string): NetworkNames {
  return {
    bucket: bucket ?? `${prefix}-network`,
    stream: `${prefix}-network`,
    subject: `${prefix}.network.changed`,
  };
}
