/**
 * Membership against a verified header: a storage slot's value under the
 * header's stateRoot (EIP-1186 proof), or a log of a receipt under its
 * receiptsRoot. The client must be usable (not frozen, not expired).
 */
import { equalBytes } from '@noble/curves/utils.js';
import { verifyGetProof, type AccountProof } from './account-proof.js';
import { assertClientUsable, type EvmClientState, type EvmConsensusState } from './client.js';
import { addressOf } from './ecrecover.js';
import { evmError } from './errors.js';
import { hex } from './header.js';
import { logsEqual, verifyReceiptProof, type EvmLog, type EvmReceipt } from './receipt.js';

export type EvmMembership =
  | {
      readonly kind: 'storage';
      readonly address: Uint8Array;
      /** The 32-byte slot word. */
      readonly slot: Uint8Array;
      readonly value: bigint;
      readonly proof: AccountProof;
    }
  | {
      readonly kind: 'log';
      readonly transactionIndex: number;
      readonly logIndex: number;
      readonly log: EvmLog;
      /** Receipts-trie proof of the transaction's receipt. */
      readonly proof: readonly Uint8Array[];
    };

/** Proves a slot's value: the proof must be for that address and contain that slot. */
function verifyStorage(consensus: EvmConsensusState, m: Extract<EvmMembership, { kind: 'storage' }>): void {
  const context = { address: addressOf(m.address), slot: hex(m.slot), number: consensus.header.number };
  if (!equalBytes(m.proof.address, m.address))
    throw evmError('PROOF_KEY_MISMATCH', 'the proof is for another account', {
      ...context,
      proven: addressOf(m.proof.address),
    });
  const entry = m.proof.storageProof.find((s) => equalBytes(s.key, m.slot));
  if (entry === undefined)
    throw evmError('PROOF_KEY_MISMATCH', 'the proof has no entry for the slot', context);
  verifyGetProof(consensus.header.stateRoot, m.proof);
  if (entry.value !== m.value)
    throw evmError('STORAGE_VALUE_MISMATCH', 'the slot holds another value', {
      ...context,
      proven: entry.value,
    });
}

function verifyLog(consensus: EvmConsensusState, m: Extract<EvmMembership, { kind: 'log' }>): EvmReceipt {
  const receipt = verifyReceiptProof(consensus.header.receiptsRoot, m.transactionIndex, m.proof);
  const proven = receipt.logs[m.logIndex];
  if (proven === undefined || !logsEqual(proven, m.log))
    throw evmError('LOG_MISMATCH', 'the receipt does not hold this log at this index', {
      number: consensus.header.number,
      transactionIndex: m.transactionIndex,
      logIndex: m.logIndex,
      logs: receipt.logs.length,
    });
  return receipt;
}

/** Throws unless `membership` holds in the state `consensus` commits to. */
export function verifyMembership(
  clientState: EvmClientState,
  consensus: EvmConsensusState,
  membership: EvmMembership,
  now: bigint,
): void {
  assertClientUsable(clientState, consensus, now);
  if (membership.kind === 'storage') verifyStorage(consensus, membership);
  else verifyLog(consensus, membership);
}
