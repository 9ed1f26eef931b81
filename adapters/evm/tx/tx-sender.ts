/**
 * Submits contract calls from one key to one EVM chain and waits for them
 * to be mined — the submission layer under the EVM Ledger adapter.
 *
 * A send: estimate gas and quote fees (before taking a nonce, so that a
 * failure there costs none), take the next nonce, sign locally, submit with
 * `eth_sendRawTransaction`, then poll the receipts of every hash sent with
 * that nonce until one is mined and `confirmations` blocks include it.
 *
 * - Not mined within `replaceAfterMs`: the same transaction with the same
 *   nonce is re-sent with fees bumped by `feeBumpPercent` (nodes only accept
 *   a replacement that pays at least 10 % more); each hash stays watched, so
 *   whichever is mined wins. A replacement refused as underpriced is bumped
 *   again at once. After `maxReplacements` and one more `replaceAfterMs`:
 *   TX_STUCK (it may still be mined; its hashes are in the error's context).
 * - The account's nonce on chain passes ours while none of our hashes has a
 *   receipt: another transaction took it, TX_DROPPED.
 * - Submission refused because the nonce is used ("nonce too low", or
 *   "underpriced" for a transaction we never sent): the nonce belongs to
 *   someone else using the key; the count is resynced and the send retried
 *   with a fresh nonce, a bounded number of times.
 * - Refused for any other reason, or the node unreachable: TX_SEND_FAILED.
 *   The nonce goes back to the manager; if a later nonce is already out, the
 *   gap is filled at once with a zero-value transfer to ourselves (see
 *   nonce-manager.ts), before the error is thrown.
 *
 * "already known" means the node holds these very bytes (the check is by
 * hash), so it is taken as accepted, not as a clash: the transaction is ours
 * and may be mined, and sending the call again with another nonce could run
 * it twice.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  Wallet,
  getAddress,
  isAddress,
  isHexString,
  keccak256,
  type JsonRpcProvider,
  type Log,
  type Network,
  type TransactionReceipt,
} from 'ethers';
import type { IsthmusError } from '../../../light-clients/index.js';
import { TxErrorCode, reasonOf, refusalOf, txError, type Refusal } from './errors.js';
import { basisPoints, bumpFees, feeLog, increase, quoteFees, type Fees } from './fees.js';
import { NonceManager } from './nonce-manager.js';
import { parseTxSenderOptions, type TxLogger, type TxSenderOptions } from './options.js';
import { latestBlock, receiptOf, rpcQuantity } from './rpc.js';

export interface TxRequest {
  /** The contract (or account) called. */
  readonly to: string;
  /** Calldata, 0x hex. */
  readonly data: string;
}

export interface SentTx {
  /** The hash that was mined: the first one sent, or a replacement. */
  readonly hash: string;
  readonly nonce: number;
  readonly blockNumber: number;
  readonly status: 'success' | 'reverted';
  readonly gasUsed: bigint;
  readonly logs: readonly Log[];
  /** Replacements the node accepted before one of the hashes was mined. */
  readonly replacements: number;
  /** False when `eth_estimateGas` failed and `fallbackGasLimit` was used. */
  readonly estimated: boolean;
}

/** Sends with a fresh nonce after clashes with another user of the key, before giving up. */
const MAX_NONCE_ATTEMPTS = 5;
/** Submissions of the same bytes when the node cannot be reached, before TX_SEND_FAILED. */
const MAX_SUBMIT_ATTEMPTS = 3;
const TRANSFER_GAS = 21_000n;

const silent: TxLogger = { debug() {}, info() {}, warn() {} };

/** A transaction to sign, all fields chosen. */
interface Draft {
  readonly chainId: bigint;
  readonly nonce: number;
  readonly to: string;
  readonly data: string;
  readonly gasLimit: bigint;
  readonly fees: Fees;
}

type Submission =
  | { readonly outcome: 'accepted'; readonly hash: string }
  /** The nonce was used by another transaction. */
  | { readonly outcome: 'taken'; readonly reason: string }
  /** Nothing with this nonce is known to have reached the node. */
  | { readonly outcome: 'failed'; readonly refusal: Refusal; readonly hash: string; readonly cause: unknown };

interface Mined {
  readonly receipt: TransactionReceipt;
  readonly replacements: number;
}

export class TxSender {
  /** The account that signs and pays. */
  readonly address: string;
  /** Exposed for observation (its `state()`); the sender is its only user. */
  readonly nonces: NonceManager;
  private readonly provider: JsonRpcProvider;
  private readonly wallet: Wallet;
  private readonly confirmations: number;
  private readonly replaceAfterMs: number;
  private readonly bumpBps: bigint;
  private readonly maxReplacements: number;
  private readonly fallbackGasLimit: bigint;
  private readonly headroomBps: bigint;
  private readonly pollMs: number;
  private readonly log: TxLogger;
  private network: Promise<Network> | undefined;

  constructor(options: TxSenderOptions) {
    const o = parseTxSenderOptions(options);
    this.provider = o.provider;
    this.wallet = new Wallet(o.key);
    this.address = this.wallet.address;
    this.confirmations = o.confirmations;
    this.replaceAfterMs = o.replaceAfterMs;
    this.bumpBps = basisPoints(o.feeBumpPercent);
    this.maxReplacements = o.maxReplacements;
    this.fallbackGasLimit = o.fallbackGasLimit;
    this.headroomBps = basisPoints(o.gasHeadroomPercent);
    this.pollMs = o.pollMs;
    this.log = o.logger ?? silent;
    this.nonces = new NonceManager({
      address: this.address,
      source: {
        getTransactionCount: async (address, tag) =>
          Number(await rpcQuantity(this.provider, 'eth_getTransactionCount', [address, tag])),
      },
      logger: this.log,
    });
  }

  /** Sends `data` to `to` and resolves once it is mined and confirmed, reverted or not. */
  async send(request: TxRequest): Promise<SentTx> {
    const { to, data } = checkRequest(request);
    const network = await this.unavailableIfThrows('read the chain id', () => this.networkOf());
    const [quote, gas] = await Promise.all([
      this.unavailableIfThrows('quote fees', () => this.quote()),
      this.gasLimitFor(to, data),
    ]);
    const { fees } = quote;
    // A limit above the block's can never be mined; the node would refuse it anyway.
    const gasLimit = gas.limit > quote.blockGasLimit ? quote.blockGasLimit : gas.limit;

    for (let attempt = 1; ; attempt += 1) {
      const nonce = await this.unavailableIfThrows('read the account nonce', () => this.nonces.allocate());
      const draft: Draft = { chainId: network.chainId, nonce, to, data, gasLimit, fees };
      let submission: Submission;
      try {
        submission = await this.submit(draft);
      } catch (err) {
        // Signing failed: nothing reached the node.
        this.nonces.release(nonce);
        throw err;
      }
      if (submission.outcome === 'taken') {
        this.nonces.taken(nonce);
        this.log.info(
          { address: this.address, nonce, attempt, reason: submission.reason },
          'nonce used by another transaction of the account; resyncing',
        );
        if (attempt < MAX_NONCE_ATTEMPTS) continue;
        throw txError(
          TxErrorCode.SendFailed,
          'unavailable',
          `${MAX_NONCE_ATTEMPTS} nonces in a row were taken by other transactions of ${this.address}`,
          { address: this.address, nonce, attempts: attempt, reason: submission.reason },
        );
      }
      if (submission.outcome === 'failed') {
        const filler = await this.fillIfGap(draft);
        this.nonces.resync();
        throw sendFailed(this.address, draft, submission, filler);
      }
      this.log.debug(
        {
          address: this.address,
          nonce,
          hash: submission.hash,
          to,
          gasLimit: String(gasLimit),
          ...feeLog(fees),
        },
        'transaction sent',
      );
      let mined: Mined;
      try {
        mined = await this.awaitMined(draft, submission.hash);
      } catch (err) {
        this.nonces.resync();
        throw err;
      } finally {
        this.nonces.finish(nonce);
      }
      const { receipt, replacements } = mined;
      this.log.info(
        {
          address: this.address,
          nonce,
          hash: receipt.hash,
          blockNumber: receipt.blockNumber,
          status: receipt.status,
          replacements,
        },
        'transaction mined',
      );
      return {
        hash: receipt.hash,
        nonce,
        blockNumber: receipt.blockNumber,
        status: receipt.status === 1 ? 'success' : 'reverted',
        gasUsed: receipt.gasUsed,
        logs: receipt.logs,
        replacements,
        estimated: gas.estimated,
      };
    }
  }

  private networkOf(): Promise<Network> {
    if (this.network === undefined) {
      this.network = this.provider.getNetwork();
      // A failed read is not remembered: the next send asks again.
      this.network.catch(() => {
        this.network = undefined;
      });
    }
    return this.network;
  }

  /** Fees to offer now, and the latest block's gas limit. */
  private async quote(): Promise<{ fees: Fees; blockGasLimit: bigint }> {
    const block = await latestBlock(this.provider);
    return { fees: await quoteFees(this.provider, block.baseFeePerGas), blockGasLimit: block.gasLimit };
  }

  private async gasLimitFor(to: string, data: string): Promise<{ limit: bigint; estimated: boolean }> {
    try {
      const estimate = await rpcQuantity(this.provider, 'eth_estimateGas', [
        { from: this.address, to, data },
      ]);
      return { limit: increase(estimate, this.headroomBps), estimated: true };
    } catch (err) {
      this.log.warn(
        { address: this.address, to, reason: reasonOf(err), gasLimit: String(this.fallbackGasLimit) },
        'gas estimation failed; sending with the fallback gas limit',
      );
      return { limit: this.fallbackGasLimit, estimated: false };
    }
  }

  private sign(draft: Draft): Promise<string> {
    const { chainId, nonce, to, data, gasLimit, fees } = draft;
    return this.wallet.signTransaction({ chainId, nonce, to, data, value: 0n, gasLimit, ...fees });
  }

  /**
   * The first submission of a nonce. When the node cannot be reached the same
   * bytes are submitted again, and a "known", "underpriced" (ganache's word
   * for the same bytes) or "nonce too low" (already mined) answer to a
   * re-submission is taken to be about an earlier attempt that did arrive:
   * the hash is watched, and if the nonce went to another transaction after
   * all, the wait ends in TX_DROPPED.
   */
  private async submit(draft: Draft): Promise<Submission> {
    const raw = await this.sign(draft);
    const hash = keccak256(raw);
    let last: { refusal: Refusal; cause: unknown } | undefined;
    for (let attempt = 1; attempt <= MAX_SUBMIT_ATTEMPTS; attempt += 1) {
      try {
        await this.provider.send('eth_sendRawTransaction', [raw]);
        return { outcome: 'accepted', hash };
      } catch (cause) {
        const refusal = refusalOf(cause);
        const resent = last !== undefined;
        last = { refusal, cause };
        if (refusal.kind === 'known') return { outcome: 'accepted', hash };
        if (refusal.kind === 'unreachable') {
          this.log.warn(
            { address: this.address, nonce: draft.nonce, hash, attempt, reason: refusal.reason },
            'node unreachable while submitting a transaction',
          );
          if (attempt < MAX_SUBMIT_ATTEMPTS) await sleep(this.pollMs);
          continue;
        }
        if (resent && (refusal.kind === 'underpriced' || refusal.kind === 'nonce-too-low'))
          return { outcome: 'accepted', hash };
        if (refusal.kind === 'underpriced' || refusal.kind === 'nonce-too-low')
          return { outcome: 'taken', reason: refusal.reason };
        return { outcome: 'failed', refusal, hash, cause };
      }
    }
    const { refusal, cause } = last as { refusal: Refusal; cause: unknown };
    return { outcome: 'failed', refusal, hash, cause };
  }

  /**
   * Polls until one of the nonce's hashes is mined under `confirmations`
   * blocks, replacing the transaction while none is.
   */
  private async awaitMined(draft: Draft, firstHash: string): Promise<Mined> {
    const { nonce } = draft;
    const hashes = [firstHash];
    let fees = draft.fees;
    let sentAt = Date.now();
    let bumps = 0;
    let replacements = 0;
    // The first look is immediate: dev chains (and nodes answering late) may have mined it already.
    for (let first = true; ; first = false) {
      if (!first) await sleep(this.pollMs);
      const found = await this.firstReceipt(hashes);
      if (found.receipt !== null) {
        if (await this.confirmed(found.receipt)) return { receipt: found.receipt, replacements };
        continue;
      }
      if (!found.failed && (await this.nonceMovedPast(nonce))) {
        // Mined between the two reads? Then the next poll sees the receipt.
        const again = await this.firstReceipt(hashes);
        if (again.receipt !== null || again.failed) continue;
        throw txError(
          TxErrorCode.Dropped,
          'unavailable',
          `another transaction of ${this.address} was mined with nonce ${nonce}; none of ours will be`,
          { address: this.address, nonce, hashes: [...hashes] },
        );
      }
      if (Date.now() - sentAt < this.replaceAfterMs) continue;
      if (bumps >= this.maxReplacements) {
        throw txError(
          TxErrorCode.Stuck,
          'deadline_exceeded',
          `transaction with nonce ${nonce} not mined after ${replacements} replacements; it may still be`,
          { address: this.address, nonce, hashes: [...hashes], replacements, ...feeLog(fees) },
        );
      }
      while (bumps < this.maxReplacements) {
        bumps += 1;
        const market = await this.quote().then(
          (q) => q.fees,
          () => undefined,
        );
        fees = bumpFees(fees, this.bumpBps, market);
        const result = await this.replace({ ...draft, fees }, hashes);
        if (result === 'accepted') replacements += 1;
        if (result !== 'underpriced') break;
      }
      sentAt = Date.now();
    }
  }

  /**
   * One replacement: 'resubmitted' when the bumped fees left the bytes
   * unchanged (fees of zero, on a free-gas chain), 'retry-later' when the node
   * refused it for a reason a bump does not fix.
   */
  private async replace(
    draft: Draft,
    hashes: string[],
  ): Promise<'accepted' | 'resubmitted' | 'underpriced' | 'retry-later'> {
    const raw = await this.sign(draft);
    const hash = keccak256(raw);
    const fields = { address: this.address, nonce: draft.nonce, hash, ...feeLog(draft.fees) };
    const resubmission = hashes.includes(hash);
    try {
      await this.provider.send('eth_sendRawTransaction', [raw]);
    } catch (err) {
      const refusal = refusalOf(err);
      // The node holds these bytes already ("underpriced" is ganache's word for it).
      const held = refusal.kind === 'known' || (resubmission && refusal.kind === 'underpriced');
      if (!held && refusal.kind === 'underpriced') {
        this.log.info(
          { ...fields, reason: refusal.reason },
          'replacement refused as underpriced; bumping again',
        );
        return 'underpriced';
      }
      if (!held) {
        // "nonce too low": one of ours (or another) was just mined; the next poll tells which.
        this.log.warn({ ...fields, reason: refusal.reason }, 'replacement not accepted');
        return 'retry-later';
      }
    }
    if (resubmission) {
      this.log.debug(fields, 'transaction re-submitted unchanged (fees could not rise)');
      return 'resubmitted';
    }
    this.log.info({ ...fields, replaces: [...hashes] }, 'transaction replaced with higher fees');
    hashes.push(hash);
    return 'accepted';
  }

  /** The receipt of the first mined hash; `failed` when the node could not be asked. */
  private async firstReceipt(
    hashes: readonly string[],
  ): Promise<{ receipt: TransactionReceipt | null; failed: boolean }> {
    try {
      const network = await this.networkOf();
      const receipts = await Promise.all(hashes.map((h) => receiptOf(this.provider, network, h)));
      return { receipt: receipts.find((r) => r !== null) ?? null, failed: false };
    } catch (err) {
      this.log.warn({ address: this.address, hashes, reason: reasonOf(err) }, 'receipt poll failed');
      return { receipt: null, failed: true };
    }
  }

  private async nonceMovedPast(nonce: number): Promise<boolean> {
    try {
      const mined = await rpcQuantity(this.provider, 'eth_getTransactionCount', [this.address, 'latest']);
      return mined > BigInt(nonce);
    } catch (err) {
      this.log.warn({ address: this.address, reason: reasonOf(err) }, 'nonce poll failed');
      return false;
    }
  }

  /** Whether `confirmations` blocks include the receipt's (its own counts as one). */
  private async confirmed(receipt: TransactionReceipt): Promise<boolean> {
    if (this.confirmations <= 1) return true;
    try {
      const head = await rpcQuantity(this.provider, 'eth_blockNumber');
      return head - BigInt(receipt.blockNumber) + 1n >= BigInt(this.confirmations);
    } catch (err) {
      this.log.warn({ address: this.address, reason: reasonOf(err) }, 'block number poll failed');
      return false;
    }
  }

  /**
   * After a failed submission: gives the nonce back and, when a later nonce is
   * already out (so this one would block it), fills it with a zero-value
   * transfer to ourselves and waits for that to be mined. A filler that fails
   * too leaves the nonce to the next send.
   */
  private async fillIfGap(failed: Draft): Promise<Record<string, unknown>> {
    const { nonce } = failed;
    if (!this.nonces.release(nonce) || !this.nonces.reclaim(nonce)) return {};
    this.log.warn(
      { address: this.address, nonce },
      'filling the nonce gap with a zero-value transfer to self',
    );
    let fees: Fees;
    try {
      ({ fees } = await this.quote());
    } catch (err) {
      this.nonces.release(nonce);
      return { gapFillFailed: reasonOf(err) };
    }
    const draft: Draft = { ...failed, to: this.address, data: '0x', gasLimit: TRANSFER_GAS, fees };
    const submission = await this.submit(draft);
    if (submission.outcome === 'taken') {
      this.nonces.taken(nonce);
      return { gapFilledBy: 'another transaction' };
    }
    if (submission.outcome === 'failed') {
      this.nonces.release(nonce);
      return { gapFillFailed: submission.refusal.reason };
    }
    try {
      const { receipt } = await this.awaitMined(draft, submission.hash);
      return { gapFilledBy: receipt.hash };
    } catch (err) {
      return { gapFillFailed: reasonOf(err), gapFillHash: submission.hash };
    } finally {
      this.nonces.finish(nonce);
    }
  }

  private async unavailableIfThrows<T>(what: string, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (cause) {
      throw txError(
        TxErrorCode.SendFailed,
        'unavailable',
        `could not ${what}: ${reasonOf(cause)}`,
        { address: this.address },
        cause,
      );
    }
  }
}

function checkRequest(request: TxRequest): TxRequest {
  const issues: string[] = [];
  if (typeof request.to !== 'string' || !isAddress(request.to)) issues.push('to: not an address');
  if (typeof request.data !== 'string' || !isHexString(request.data, true))
    issues.push('data: not 0x hex of whole bytes');
  if (issues.length > 0)
    throw txError(
      TxErrorCode.RequestInvalid,
      'invalid_argument',
      `invalid transaction: ${issues.join('; ')}`,
      {
        issues,
      },
    );
  return { to: getAddress(request.to), data: request.data };
}

function sendFailed(
  address: string,
  draft: Draft,
  submission: Extract<Submission, { outcome: 'failed' }>,
  filler: Record<string, unknown>,
): IsthmusError {
  const { refusal, hash, cause } = submission;
  const context = { address, nonce: draft.nonce, hashes: [hash], reason: refusal.reason, ...filler };
  return refusal.kind === 'unreachable'
    ? txError(
        TxErrorCode.SendFailed,
        'unavailable',
        `could not reach the node to submit the transaction; it may have arrived: ${refusal.reason}`,
        context,
        cause,
      )
    : txError(
        TxErrorCode.SendFailed,
        'failed_precondition',
        `the node refused the transaction: ${refusal.reason}`,
        context,
        cause,
      );
}
