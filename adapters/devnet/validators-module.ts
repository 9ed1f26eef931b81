/**
 * The devnet's admin module: `SetValidators` changes validator powers as an
 * application's `EndBlock` validator updates do in CometBFT (effective for
 * the set of height + 2). The devnet trusts whoever can reach its `Submit`:
 * it is a test chain, and this is how tests exercise skipping verification
 * across a validator-set change.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, type v1 } from '../../proto/index.js';
import type { DeliverContext, Module, MsgOutcome } from './module.js';

export const validatorsModule: Module = {
  name: 'validators',
  messages: ['setValidators'],
  deliver(msg: v1.Msg.$Properties, ctx: DeliverContext): MsgOutcome {
    const updates = msg.setValidators?.updates ?? [];
    if (updates.length === 0) {
      throw new IsthmusError('INVALID_MESSAGE', 'SetValidators needs at least one update', {
        category: 'invalid_argument',
      });
    }
    ctx.updateValidators(
      updates.map((u) => ({ pubKey: u.ed25519PubKey ?? new Uint8Array(0), power: fromU64(u.power) })),
    );
    return {};
  },
};
