/**
 * The devnet's EVM clients, ids `evm-{n}`, of validator-sealed EVM chains
 * (QBFT, IBFT 2.0, Clique) and of `attested` ones, whose headers a
 * committee signs (docs/evm.md, "Trust model"):
 *
 * - create: an `isthmus.v1.EvmClientState` (for "attested", with the
 *   committee) and the `EvmConsensusState` of the trusted header at its
 *   latest height (clients/evm-state.ts);
 * - update of a sealed chain: an "evm" `ClientMessage` whose bytes are the
 *   next header's RLP, verified by light-clients/evm `verifyHeader` at the
 *   block time from the consensus state of the block before it (sealed
 *   clients move one block at a time);
 * - update of an attested chain: the bytes are an `EvmAttestedHeader`,
 *   verified from the consensus state at the latest height with the
 *   committee's `attestedSealVerifier`; numbers may be skipped. A header at
 *   a number already trusted, signed at threshold, changes nothing when it
 *   is the same block and freezes the client when it is another (the
 *   committee signed two blocks at one number); below the latest height
 *   and not stored it is NON_INCREASING_NUMBER;
 * - after an update, consensus states past the trusting period are pruned,
 *   the latest kept;
 * - misbehaviour: an `EvmMisbehaviour` (two headers at one number, both
 *   sealed by the set trusted at the number before) freezes a sealed client
 *   (`checkMisbehaviour`); look-alikes are MISBEHAVIOUR_INVALID. Bare
 *   headers prove nothing of an attested chain (NOT_SUPPORTED): its
 *   evidence is the conflicting signed update above;
 * - state proofs: kind "eip1186", `Proof.bytes` an `EvmAccountProof`; the
 *   proof height is the block number whose state root is used. With a
 *   `store_address`, the path is an ICS-24 path string of the
 *   `IsthmusPackets` contract there (slot: light-clients/evm
 *   `provableSlot`) and the value the 32-byte word it holds (commitments,
 *   or 1 for receipts); otherwise the path is the 20-byte account address
 *   then the 32-byte slot word, the value the slot's big-endian bytes.
 *   Non-membership is a slot reading 0.
 *
 * The client names its chain by `ledger_id` when set (the Isthmus chain id
 * channels and packets use), else by the decimal EVM chain id.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import { bytesEqual } from '../../../light-clients/bytes.js';
import {
  attestedSealVerifier,
  blockHash,
  checkMisbehaviour,
  decodeHeader,
  headerTimeNs,
  provableSlot,
  verifyHeader,
  verifyMembership,
  type AttestedSealVerifier,
  type EvmConsensusState,
} from '../../../light-clients/evm/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { ClientStore, type RegistryStore } from './client-store.js';
import {
  decodeEvmAccountProof,
  decodeEvmAttestedHeader,
  decodeEvmClientState,
  decodeEvmConsensusState,
  encodeEvmClientState,
  encodeEvmConsensusState,
  bytesToBigint,
  evmLedgerId,
  type HostedEvmClientState,
} from './evm-state.js';
import {
  checkMessageType,
  clientFrozen,
  proofBytes,
  malformed,
  type ClientChange,
  type ClientView,
  type HostedClient,
  type HostedClientType,
  type StateProofArgs,
} from './hosted-client.js';

export const EVM_CLIENT_TYPE = 'evm';
export const EVM_CLIENT_PREFIX = 'evm';
export const PROOF_KIND_EIP1186 = 'eip1186';
const REVISION = 0n;
const ADDRESS_BYTES = 20;
const SLOT_BYTES = 32;

const STATUS = {
  active: v1.ClientStatus.CLIENT_STATUS_ACTIVE,
  expired: v1.ClientStatus.CLIENT_STATUS_EXPIRED,
  frozen: v1.ClientStatus.CLIENT_STATUS_FROZEN,
} as const;

function consensusNotFound(number: bigint): IsthmusError {
  return new IsthmusError('CONSENSUS_STATE_NOT_FOUND', `no trusted header at number ${number}`, {
    category: 'verification',
    context: { number },
  });
}

class EvmClient implements HostedClient {
  readonly store: ClientStore;
  readonly #state: HostedEvmClientState;

  constructor(kv: RegistryStore, clientId: string, state: HostedEvmClientState) {
    this.#state = state;
    this.store = new ClientStore(kv, clientId, REVISION);
  }

  update(message: v1.IClientMessage, now: bigint): ClientChange {
    checkMessageType(message, EVM_CLIENT_TYPE);
    this.#assertNotFrozen();
    const bytes = message.bytes ?? new Uint8Array(0);
    if (this.#state.consensus === 'attested') return this.#updateAttested(bytes, now);
    const header = decodeHeader(bytes);
    const trusted = this.#consensus(header.number - 1n);
    if (!trusted) throw consensusNotFound(header.number - 1n);
    const next = verifyHeader(this.#state, trusted, { header }, now);
    const stored = this.#consensus(header.number);
    if (stored) return this.#repeated(stored, next);
    return this.#store(next, now);
  }

  /**
   * An attested header: a number already trusted is checked against the
   * committee alone (the chain rules were met when it was first trusted);
   * any other is verified from the latest trusted header, which it must be
   * above.
   */
  #updateAttested(bytes: Uint8Array, now: bigint): ClientChange {
    const { header, signatures } = decodeEvmAttestedHeader(bytes);
    const attested = this.#attestedVerifier();
    const stored = this.#consensus(header.number);
    if (stored) {
      const hash = blockHash('attested', header);
      attested({ clientState: this.#state, trusted: stored, header, hash, attestation: signatures });
      return this.#repeated(stored, { ...stored, header, hash });
    }
    const latest = this.#state.latestHeight;
    const trusted = this.#consensus(latest);
    if (!trusted) throw consensusNotFound(latest);
    const next = verifyHeader(this.#state, trusted, { header, attestation: signatures }, now, { attested });
    return this.#store(next, now);
  }

  /** A verified header at a number already trusted. */
  #repeated(stored: EvmConsensusState, next: EvmConsensusState): ClientChange {
    const height = next.header.number;
    // The same block again changes nothing; another block sealed at a trusted number is equivocation.
    if (bytesEqual(stored.hash, next.hash)) return { kind: 'unchanged', height, revision: REVISION };
    this.store.setClientState(encodeEvmClientState({ ...this.#state, frozen: true }));
    return { kind: 'frozen', height, revision: REVISION };
  }

  /** Stores a verified header at a new number, then prunes what the trusting period let go. */
  #store(next: EvmConsensusState, now: bigint): ClientChange {
    const { number } = next.header;
    const latestHeight = number > this.#state.latestHeight ? number : this.#state.latestHeight;
    this.store.setClientState(encodeEvmClientState({ ...this.#state, latestHeight }));
    this.store.setConsensusState(number, encodeEvmConsensusState(next));
    const { consensus, trustingPeriodNs } = this.#state;
    this.store.pruneExpired(latestHeight, (bytes) => {
      const stored = decodeEvmConsensusState(bytes, consensus);
      return headerTimeNs(stored.header) + trustingPeriodNs <= now;
    });
    return { kind: 'updated', height: number, revision: REVISION };
  }

  submitMisbehaviour(message: v1.IClientMessage): ClientChange {
    checkMessageType(message, EVM_CLIENT_TYPE);
    this.#assertNotFrozen();
    if (this.#state.consensus === 'attested') {
      throw new IsthmusError(
        'NOT_SUPPORTED',
        'an attested client is frozen by a conflicting signed update, not by bare headers',
        { category: 'invalid_argument', context: { chainId: evmLedgerId(this.#state) } },
      );
    }
    let evidence: v1.EvmMisbehaviour;
    try {
      evidence = v1.EvmMisbehaviour.decode(message.bytes ?? new Uint8Array(0));
    } catch (cause) {
      throw malformed('evm misbehaviour', cause);
    }
    const header1 = decodeHeader(evidence.header_1);
    const header2 = decodeHeader(evidence.header_2);
    const trusted = this.#consensus(header1.number - 1n);
    if (!trusted) throw consensusNotFound(header1.number - 1n);
    const after = checkMisbehaviour(this.#state, trusted, { header1, header2 });
    if (!after.frozen) {
      throw new IsthmusError('MISBEHAVIOUR_INVALID', 'the headers do not prove equivocation', {
        category: 'verification',
        context: { number1: header1.number, number2: header2.number },
      });
    }
    this.store.setClientState(encodeEvmClientState({ ...this.#state, frozen: true }));
    return { kind: 'frozen', height: header1.number, revision: REVISION };
  }

  verifyState(args: StateProofArgs): void {
    this.#assertNotFrozen();
    const proof = decodeEvmAccountProof(proofBytes(args, PROOF_KIND_EIP1186));
    const { address, slot } = this.#storageLocation(args.path);
    if (args.value && args.value.length > SLOT_BYTES) {
      throw new IsthmusError('INVALID_VALUE', 'a slot value is at most 32 bytes', {
        category: 'invalid_argument',
        context: { length: args.value.length },
      });
    }
    const value = args.value ? bytesToBigint(args.value) : 0n;
    // A path of the packet store holds a commitment or a receipt, never zero: a zero
    // "membership" would be the absence of the path proven as if it were present.
    if (this.#state.storeAddress && args.value && value === 0n) {
      throw new IsthmusError('INVALID_VALUE', 'a stored packet value is not zero', {
        category: 'invalid_argument',
        context: { length: args.value.length },
      });
    }
    const consensus = this.#consensus(args.height);
    if (!consensus) throw consensusNotFound(args.height);
    // An absent slot reads 0: non-membership is membership of 0.
    verifyMembership(this.#state, consensus, { kind: 'storage', address, slot, value, proof }, args.now);
  }

  /** The account and slot word a state-proof path names (see the module comment). */
  #storageLocation(path: Uint8Array): { address: Uint8Array; slot: Uint8Array } {
    const storeAddress = this.#state.storeAddress;
    if (storeAddress) {
      if (path.length === 0) {
        throw new IsthmusError('INVALID_PATH', 'a packet store path is a non-empty ICS-24 path', {
          category: 'invalid_argument',
          context: { length: 0 },
        });
      }
      return { address: storeAddress, slot: provableSlot(path) };
    }
    if (path.length !== ADDRESS_BYTES + SLOT_BYTES) {
      throw new IsthmusError('INVALID_PATH', 'an evm path is a 20-byte address then a 32-byte slot', {
        category: 'invalid_argument',
        context: { length: path.length },
      });
    }
    return { address: path.subarray(0, ADDRESS_BYTES), slot: path.subarray(ADDRESS_BYTES) };
  }

  consensusTime(height: bigint): bigint | undefined {
    const consensus = this.#consensus(height);
    return consensus ? headerTimeNs(consensus.header) : undefined;
  }

  view(now: bigint): ClientView {
    const state = this.#state;
    const latest = this.#consensus(state.latestHeight);
    const height = { revision: toU64(REVISION), height: toU64(state.latestHeight) };
    const status = state.frozen
      ? 'frozen'
      : !latest || headerTimeNs(latest.header) + state.trustingPeriodNs <= now
        ? 'expired'
        : 'active';
    return {
      clientState: {
        clientId: this.store.clientId,
        clientType: EVM_CLIENT_TYPE,
        chainId: evmLedgerId(state),
        latestHeight: height,
        status: STATUS[status],
        state: encodeEvmClientState(state),
      },
      ...(latest
        ? {
            consensusState: {
              height,
              timestampNs: toU64(headerTimeNs(latest.header)),
              root: latest.header.stateRoot,
              state: encodeEvmConsensusState(latest),
            },
          }
        : {}),
    };
  }

  #assertNotFrozen(): void {
    if (this.#state.frozen) throw clientFrozen(EVM_CLIENT_TYPE, evmLedgerId(this.#state));
  }

  /** The committee's seal check; decoding guarantees an attested client has its committee. */
  #attestedVerifier(): AttestedSealVerifier {
    const { signerSet } = this.#state;
    if (!signerSet) throw new TypeError('an attested evm client was stored without its committee');
    return attestedSealVerifier(signerSet, evmLedgerId(this.#state));
  }

  #consensus(number: bigint): EvmConsensusState | undefined {
    const bytes = this.store.consensusState(number);
    return bytes ? decodeEvmConsensusState(bytes, this.#state.consensus) : undefined;
  }
}

export const evmClients: HostedClientType = {
  clientType: EVM_CLIENT_TYPE,
  idPrefix: EVM_CLIENT_PREFIX,
  open: (kv, clientId, clientState) => new EvmClient(kv, clientId, decodeEvmClientState(clientState)),
  create(kv, clientId, clientStateBytes, consensusStateBytes) {
    const state = decodeEvmClientState(clientStateBytes);
    const invalid = (code: string, message: string): IsthmusError =>
      new IsthmusError(code, message, {
        category: 'invalid_argument',
        context: { chainId: evmLedgerId(state) },
      });
    if (state.frozen) throw invalid('INVALID_CLIENT_STATE', 'a new client cannot be frozen');
    const consensus = decodeEvmConsensusState(consensusStateBytes, state.consensus);
    if (consensus.header.number !== state.latestHeight) {
      throw invalid('INVALID_CONSENSUS_STATE', 'the trusted header is not at the latest height');
    }
    // An attested chain's committee is in the client state; a sealed chain's next sealers are here.
    if (
      state.consensus === 'attested' ? consensus.validators.length > 0 : consensus.validators.length === 0
    ) {
      throw invalid(
        'INVALID_CONSENSUS_STATE',
        state.consensus === 'attested'
          ? 'an attested header has no validator list: the committee signs'
          : 'the trusted header needs the set sealing the next one',
      );
    }
    const store = new ClientStore(kv, clientId, REVISION);
    store.setClientState(encodeEvmClientState(state));
    store.setConsensusState(state.latestHeight, encodeEvmConsensusState(consensus));
  },
};
