/**
 * The devnet's EVM clients of validator-sealed EVM chains (QBFT, IBFT 2.0,
 * Clique), ids `evm-{n}`:
 *
 * - create: an `isthmus.v1.EvmClientState` and the `EvmConsensusState` of
 *   the trusted header at its latest height (clients/evm-state.ts);
 * - update: an "evm" `ClientMessage` whose bytes are the next header's RLP,
 *   verified by light-clients/evm `verifyHeader` at the block time from the
 *   consensus state of the block before it (EVM clients move one block at a
 *   time); consensus states past the trusting period are then pruned, the
 *   latest kept;
 * - misbehaviour: an `EvmMisbehaviour` (two headers at one number, both
 *   sealed by the set trusted at the number before) freezes the client
 *   (`checkMisbehaviour`); look-alikes are MISBEHAVIOUR_INVALID;
 * - state proofs: kind "eip1186", `Proof.bytes` an `EvmAccountProof`, the
 *   path the 20-byte account address then the 32-byte slot word, the value
 *   the slot's big-endian bytes; non-membership is a slot reading 0. The
 *   proof height is the block number whose state root is used.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import { bytesEqual } from '../../../light-clients/bytes.js';
import {
  checkMisbehaviour,
  decodeHeader,
  headerTimeNs,
  verifyHeader,
  verifyMembership,
  type EvmConsensusState,
} from '../../../light-clients/evm/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { ClientStore, type RegistryStore } from './client-store.js';
import {
  decodeEvmAccountProof,
  decodeEvmClientState,
  decodeEvmConsensusState,
  encodeEvmClientState,
  encodeEvmConsensusState,
  bytesToBigint,
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
    const header = decodeHeader(message.bytes ?? new Uint8Array(0));
    const trusted = this.#consensus(header.number - 1n);
    if (!trusted) throw consensusNotFound(header.number - 1n);
    const next = verifyHeader(this.#state, trusted, { header }, now);
    const stored = this.#consensus(header.number);
    if (stored) {
      // The same block again changes nothing; another block sealed at a trusted number is equivocation.
      if (bytesEqual(stored.hash, next.hash))
        return { kind: 'unchanged', height: header.number, revision: REVISION };
      this.store.setClientState(encodeEvmClientState({ ...this.#state, frozen: true }));
      return { kind: 'frozen', height: header.number, revision: REVISION };
    }
    const latestHeight = header.number > this.#state.latestHeight ? header.number : this.#state.latestHeight;
    this.store.setClientState(encodeEvmClientState({ ...this.#state, latestHeight }));
    this.store.setConsensusState(header.number, encodeEvmConsensusState(next));
    const { consensus, trustingPeriodNs } = this.#state;
    this.store.pruneExpired(latestHeight, (bytes) => {
      const stored = decodeEvmConsensusState(bytes, consensus);
      return headerTimeNs(stored.header) + trustingPeriodNs <= now;
    });
    return { kind: 'updated', height: header.number, revision: REVISION };
  }

  submitMisbehaviour(message: v1.IClientMessage): ClientChange {
    checkMessageType(message, EVM_CLIENT_TYPE);
    this.#assertNotFrozen();
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
    if (args.path.length !== ADDRESS_BYTES + SLOT_BYTES) {
      throw new IsthmusError('INVALID_PATH', 'an evm path is a 20-byte address then a 32-byte slot', {
        category: 'invalid_argument',
        context: { length: args.path.length },
      });
    }
    if (args.value && args.value.length > SLOT_BYTES) {
      throw new IsthmusError('INVALID_VALUE', 'a slot value is at most 32 bytes', {
        category: 'invalid_argument',
        context: { length: args.value.length },
      });
    }
    const consensus = this.#consensus(args.height);
    if (!consensus) throw consensusNotFound(args.height);
    verifyMembership(
      this.#state,
      consensus,
      {
        kind: 'storage',
        address: args.path.subarray(0, ADDRESS_BYTES),
        slot: args.path.subarray(ADDRESS_BYTES),
        // An absent slot reads 0: non-membership is membership of 0.
        value: args.value ? bytesToBigint(args.value) : 0n,
        proof,
      },
      args.now,
    );
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
        chainId: state.chainId.toString(),
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
    if (this.#state.frozen) throw clientFrozen(EVM_CLIENT_TYPE, this.#state.chainId.toString());
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
      new IsthmusError(code, message, { category: 'invalid_argument', context: { chainId: state.chainId } });
    if (state.frozen) throw invalid('INVALID_CLIENT_STATE', 'a new client cannot be frozen');
    const consensus = decodeEvmConsensusState(consensusStateBytes, state.consensus);
    if (consensus.header.number !== state.latestHeight) {
      throw invalid('INVALID_CONSENSUS_STATE', 'the trusted header is not at the latest height');
    }
    if (consensus.validators.length === 0) {
      throw invalid('INVALID_CONSENSUS_STATE', 'the trusted header needs the set sealing the next one');
    }
    const store = new ClientStore(kv, clientId, REVISION);
    store.setClientState(encodeEvmClientState(state));
    store.setConsensusState(state.latestHeight, encodeEvmConsensusState(consensus));
  },
};
