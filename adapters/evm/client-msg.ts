/**
 * The CreateClient of an `attested` evm client of this ledger, for a
 * counterparty (the main chain) to host: the committee's signer set, the
 * packet contract whose slots it proves, the ledger id, and the header it
 * starts from. Like any client creation, the starting header and the
 * parameters are trusted as given: an operator checks the contract address
 * and the committee before submitting it.
 */
import { encodeEvmClientState, encodeEvmConsensusState } from '../devnet/clients/evm-state.js';
import type { v1 } from '../../proto/index.js';
import type { VerifiedBlock } from './chain-reader.js';
import type { Committee } from './committee.js';

export interface AttestedClientParams {
  readonly ledgerId: string;
  readonly evmChainId: bigint;
  /** The IsthmusPackets contract, 0x hex. */
  readonly contract: string;
  /** The committee that signs the ledger's headers (weights 1). */
  readonly committee: Pick<Committee, 'signerSet'>;
  /** The trusted header the client starts from. */
  readonly block: VerifiedBlock;
  /** Default 14 days, as tendermint clients. */
  readonly trustingPeriodNs?: bigint;
  /** Default 10 s. */
  readonly maxClockDriftNs?: bigint;
}

const DAY_NS = 86_400n * 1_000_000_000n;

export function attestedClientMsg(p: AttestedClientParams): v1.IMsg {
  return {
    createClient: {
      clientType: 'evm',
      clientState: encodeEvmClientState({
        chainId: p.evmChainId,
        consensus: 'attested',
        trustingPeriodNs: p.trustingPeriodNs ?? 14n * DAY_NS,
        maxClockDriftNs: p.maxClockDriftNs ?? 10_000_000_000n,
        frozen: false,
        latestHeight: p.block.header.number,
        storeAddress: Uint8Array.from(Buffer.from(p.contract.slice(2), 'hex')),
        ledgerId: p.ledgerId,
        signerSet: p.committee.signerSet,
      }),
      consensusState: encodeEvmConsensusState({ header: p.block.header, hash: p.block.hash, validators: [] }),
    },
  };
}
