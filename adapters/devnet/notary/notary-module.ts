/**
 * The devnet's notary module: `Notarize` records a document hash in the
 * chain's provable state at `notary/{hex hash}` (record.ts), so that
 * `QueryProof` can prove it was recorded — at which height and time, under
 * which label. A record is written once: a hash already recorded is
 * ALREADY_DONE, the stored record is returned and nothing changes. The
 * result data is the stored record's bytes either way. No events: a
 * notarisation is found by its hash, not followed.
 */
import type { v1 } from '../../../proto/index.js';
import type { DeliverContext, Module, MsgOutcome } from '../module.js';
import {
  checkNotarizeInput,
  encodeNotaryRecord,
  NOTARY_HASH_ALGORITHM,
  notaryPath,
  type NotarizeInput,
} from './record.js';

const encoder = new TextEncoder();

function inputOf(msg: v1.INotarize): NotarizeInput {
  return {
    documentHash: msg.documentHash ?? new Uint8Array(0),
    hashAlgorithm: msg.hashAlgorithm ?? '',
    label: msg.label ?? '',
  };
}

export const notaryModule: Module = {
  name: 'notary',
  messages: ['notarize'],
  deliver(msg: v1.Msg.$Properties, ctx: DeliverContext): MsgOutcome {
    const input = inputOf(msg.notarize ?? {});
    checkNotarizeInput(input);
    const key = encoder.encode(notaryPath(input.documentHash));
    const existing = ctx.store.get(key);
    if (existing) return { alreadyDone: true, data: existing };
    const record = encodeNotaryRecord({
      documentHash: input.documentHash,
      hashAlgorithm: NOTARY_HASH_ALGORITHM,
      label: input.label,
      height: ctx.height,
      timeNs: ctx.timeNs,
    });
    ctx.store.set(key, record);
    return { data: record };
  },
};
