/**
 * The evidence half of the Relay API (relay.proto `Notarize`,
 * `GetEvidenceReceipt`) over the chains' Ledgers: a record is notarised on
 * a sub-network that the main chain keeps a client of, and its receipt
 * rests on that client.
 */
import type { CallContext, Ledger } from '../../../adapters/index.js';
import type { v1 } from '../../../proto/index.js';
import { buildEvidenceReceipt, type ReceiptWait } from './build-receipt.js';
import { ReceiptErrorCode, receiptError } from './errors.js';
import { notarize } from './notarize.js';
import { parseRecordId } from './record-id.js';

export interface EvidenceServiceOptions {
  /** Every chain the service reaches, by chain id: the main chain and the sub-networks. */
  readonly ledgers: ReadonlyMap<string, Ledger>;
  readonly mainChainId: string;
  /** The main chain's client of each sub-network, by the sub-network's chain id. */
  readonly clientIds: ReadonlyMap<string, string>;
  /** Nanoseconds since the epoch, the time headers are verified at; default the system clock. */
  readonly clock?: () => bigint;
  readonly wait?: ReceiptWait;
}

export interface EvidenceService {
  notarize(req: v1.INotarizeRequest, ctx?: CallContext): Promise<v1.NotarizeResponse>;
  receipt(req: v1.IGetEvidenceReceiptRequest, ctx?: CallContext): Promise<v1.EvidenceReceipt>;
}

function systemClock(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

export function createEvidenceService(options: EvidenceServiceOptions): EvidenceService {
  const clock = options.clock ?? systemClock;
  const main = options.ledgers.get(options.mainChainId);
  if (!main) {
    throw receiptError(
      ReceiptErrorCode.ChainNotFound,
      `no ledger for the main chain ${options.mainChainId}`,
      'invalid_argument',
      { chainId: options.mainChainId },
    );
  }

  /** A sub-network the service reaches and the main chain keeps a client of. */
  function subNetwork(chainId: string, field: string): { ledger: Ledger; clientId: string } {
    const ledger = options.ledgers.get(chainId);
    const clientId = options.clientIds.get(chainId);
    if (chainId === options.mainChainId || !ledger || clientId === undefined) {
      throw receiptError(
        ReceiptErrorCode.ChainNotFound,
        `${JSON.stringify(chainId)} is not a sub-network the main chain ${options.mainChainId} keeps a client of`,
        'not_found',
        { chainId, field },
      );
    }
    return { ledger, clientId };
  }

  return {
    async notarize(req, ctx) {
      if (!req.chainId) {
        throw receiptError(ReceiptErrorCode.InvalidArgument, 'chain_id is empty', 'invalid_argument', {
          field: 'chain_id',
        });
      }
      return notarize(subNetwork(req.chainId, 'chain_id').ledger, req, ctx);
    },

    async receipt(req, ctx) {
      const recordId = req.recordId ?? '';
      const { chainId } = parseRecordId(recordId);
      const sub = subNetwork(chainId, 'record_id');
      return buildEvidenceReceipt({
        sub: sub.ledger,
        subChainId: chainId,
        main,
        mainChainId: options.mainChainId,
        mainClientId: sub.clientId,
        recordId,
        now: clock(),
        ...(options.wait ? { wait: options.wait } : {}),
        ...(ctx ? { ctx } : {}),
      });
    },
  };
}
