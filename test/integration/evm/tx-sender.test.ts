/**
 * `TxSender` against an in-process EVM (ganache 7, shanghai: EIP-1559 fees):
 * concurrent sends and their nonces, replacement of a transaction the chain
 * does not mine (mining stopped with `miner_stop`), recovery when another
 * user of the key takes nonces, a transaction displaced from the pool, gas
 * estimation that fails, confirmations, and a refused send whose nonce a
 * later one depends on.
 *
 * Each test has a chain of its own. Ganache reads the nonce 0 of a raw
 * transaction as "no nonce" and numbers it itself, so accounts are moved
 * past it (`evm_setAccountNonce`) before the sender sees them.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { getAddress, JsonRpcProvider, Network, Transaction, Wallet, type TransactionRequest } from 'ethers';
import { pino } from 'pino';
import {
  bumpFees,
  NonceManager,
  TxErrorCode,
  TxSender,
  type SentTx,
  type TxLogger,
} from '../../../adapters/evm/tx/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { startGanache, testKey, type Ganache } from '../../support/ganache.js';

const RECIPIENT = getAddress('0x00000000000000000000000000000000000000aa');
const START_NONCE = 16;
/** Creation code of a contract whose every call reverts: its runtime is PUSH1 0 PUSH1 0 REVERT. */
const REVERTER_INIT = '0x6005600c60003960056000f360006000fd';
const GWEI = 10n ** 9n;

interface LogLine {
  readonly level: 'debug' | 'info' | 'warn';
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

function recorder(): { logger: TxLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (fields: object, message: string): void => {
      lines.push({ level, fields: fields as Record<string, unknown>, message });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn') }, lines };
}

const said = (lines: readonly LogLine[], message: string, nonce?: number): LogLine | undefined =>
  lines.find((l) => l.message === message && (nonce === undefined || l.fields.nonce === nonce));

async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The error a promise rejects with; attached at once, so a rejection is never unhandled. */
const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (err: unknown) => err,
  );

function expectError(err: unknown, code: string): IsthmusError {
  expect(IsthmusError.is(err, code)).toBe(true);
  return err as IsthmusError;
}

describe('TxSender', () => {
  let chain: Ganache;
  let provider: JsonRpcProvider;
  let key: string;
  let address: string;

  const minedCount = (of = address): Promise<number> => provider.getTransactionCount(of, 'latest');
  const liftNonce = (of: string): Promise<unknown> =>
    provider.send('evm_setAccountNonce', [of, `0x${START_NONCE.toString(16)}`]);

  /** A transaction of the same key sent behind the sender's back, with fees it cannot undercut. */
  async function sendBehindItsBack(nonce: number, maxFeeGwei = 100n): Promise<string> {
    const tx: TransactionRequest = {
      nonce,
      to: RECIPIENT,
      value: 1n,
      gasLimit: 21_000n,
      maxFeePerGas: maxFeeGwei * GWEI,
      maxPriorityFeePerGas: 10n * GWEI,
    };
    return (await new Wallet(key, provider).sendTransaction(tx)).hash;
  }

  async function deployReverter(): Promise<string> {
    const receipt = await (await chain.wallet(1).sendTransaction({ data: REVERTER_INIT })).wait();
    if (receipt?.contractAddress == null) throw new Error('reverter not deployed');
    return receipt.contractAddress;
  }

  beforeEach(async () => {
    chain = await startGanache();
    provider = chain.provider;
    key = testKey(0);
    address = new Wallet(key).address;
    await liftNonce(address);
  });

  afterEach(async () => {
    await chain.stop();
  });

  it('behavior: parallel sends get consecutive nonces, go out together and are all mined', async () => {
    const sender = new TxSender({ provider, key, pollMs: 50, logger: pino({ level: 'silent' }) });
    const sent = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sender.send({ to: RECIPIENT, data: `0x${(i + 1).toString(16).padStart(2, '0')}` }),
      ),
    );
    expect(sent.map((s) => s.nonce).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 8 }, (_, i) => START_NONCE + i),
    );
    for (const s of sent) {
      expect(s).toMatchObject({ status: 'success', replacements: 0, estimated: true });
      expect(s.gasUsed).toBeGreaterThan(21_000n);
    }
    expect(new Set(sent.map((s) => s.hash)).size).toBe(8);
    expect(await minedCount()).toBe(START_NONCE + 8);
    expect(sender.nonces.state()).toEqual({ next: START_NONCE + 8, free: [], held: [] });
  });

  it('behavior: a transaction not mined in time is replaced with higher fees, and mined once', async () => {
    const { logger, lines } = recorder();
    const sender = new TxSender({
      provider,
      key,
      replaceAfterMs: 300,
      pollMs: 50,
      maxReplacements: 20,
      logger,
    });
    await provider.send('miner_stop', []);
    const pending = sender.send({ to: RECIPIENT, data: '0x01' });
    const outcome = failure(pending);
    await waitFor('a replacement', () => said(lines, 'transaction replaced with higher fees') !== undefined);

    const first = said(lines, 'transaction sent')?.fields as { hash: string; maxFeePerGas: string };
    const pool = (await provider.send('txpool_content', [])) as {
      pending: Record<string, Record<string, { hash: string; maxFeePerGas: string }>>;
    };
    const ours = Object.entries(pool.pending[address.toLowerCase()] ?? {});
    expect(ours).toHaveLength(1);
    const [poolNonce, pooled] = ours[0] as [string, { hash: string; maxFeePerGas: string }];
    expect(Number(poolNonce)).toBe(START_NONCE);
    expect(pooled.hash).not.toBe(first.hash);
    expect(BigInt(pooled.maxFeePerGas)).toBeGreaterThan(BigInt(first.maxFeePerGas));

    await provider.send('miner_start', []);
    const sent = await pending;
    expect(await outcome).toBeUndefined();
    expect(sent.replacements).toBeGreaterThanOrEqual(1);
    expect(sent).toMatchObject({ nonce: START_NONCE, status: 'success' });
    expect(sent.hash).not.toBe(first.hash);
    // Each bump is at least 12.5 %, rounded up.
    const mined = await provider.getTransaction(sent.hash);
    expect(mined?.maxFeePerGas).toBeGreaterThanOrEqual((BigInt(first.maxFeePerGas) * 1125n + 999n) / 1000n);
    expect(await provider.getTransactionReceipt(first.hash)).toBeNull();
    expect(await minedCount()).toBe(START_NONCE + 1);
  });

  it('error: TX_STUCK after maxReplacements, with every hash; the next send still goes through', async () => {
    const sender = new TxSender({ provider, key, replaceAfterMs: 150, pollMs: 25, maxReplacements: 2 });
    await provider.send('miner_stop', []);
    const err = expectError(await failure(sender.send({ to: RECIPIENT, data: '0x' })), TxErrorCode.Stuck);
    expect(err.category).toBe('deadline_exceeded');
    expect(err.retryable).toBe(true);
    expect(err.context).toMatchObject({ address, nonce: START_NONCE, replacements: 2 });
    expect(err.context.hashes).toHaveLength(3);

    await provider.send('miner_start', []);
    const next = await sender.send({ to: RECIPIENT, data: '0x' });
    expect(next).toMatchObject({ nonce: START_NONCE + 1, status: 'success' });
    expect(await minedCount()).toBe(START_NONCE + 2);
  });

  it('behavior: nonces another user of the key took and mined are skipped after a resync', async () => {
    const { logger, lines } = recorder();
    const sender = new TxSender({ provider, key, pollMs: 50, logger });
    expect((await sender.send({ to: RECIPIENT, data: '0x' })).nonce).toBe(START_NONCE);
    await sendBehindItsBack(START_NONCE + 1);
    await sendBehindItsBack(START_NONCE + 2);
    expect(await minedCount()).toBe(START_NONCE + 3);

    const next = await sender.send({ to: RECIPIENT, data: '0x' });
    expect(next).toMatchObject({ nonce: START_NONCE + 3, status: 'success' });
    expect(
      said(lines, 'nonce used by another transaction of the account; resyncing', START_NONCE + 1),
    ).toBeDefined();
  });

  it('behavior: a nonce another user of the key holds in the pool is skipped; both are mined', async () => {
    const { logger, lines } = recorder();
    const sender = new TxSender({ provider, key, pollMs: 50, logger });
    await sender.send({ to: RECIPIENT, data: '0x' });
    await provider.send('miner_stop', []);
    const theirs = await sendBehindItsBack(START_NONCE + 1);

    const pending = sender.send({ to: RECIPIENT, data: '0x' });
    const outcome = failure(pending);
    await waitFor('the clash', () => said(lines, 'transaction sent', START_NONCE + 2) !== undefined);
    expect(
      said(lines, 'nonce used by another transaction of the account; resyncing', START_NONCE + 1),
    ).toBeDefined();

    await provider.send('miner_start', []);
    expect(await outcome).toBeUndefined();
    expect(await pending).toMatchObject({ nonce: START_NONCE + 2, status: 'success', replacements: 0 });
    expect((await provider.getTransactionReceipt(theirs))?.status).toBe(1);
    expect(await minedCount()).toBe(START_NONCE + 3);
  });

  it('error: TX_DROPPED when another transaction displaces ours from the pool and is mined', async () => {
    const { logger, lines } = recorder();
    const sender = new TxSender({ provider, key, pollMs: 50, replaceAfterMs: 60_000, logger });
    await provider.send('miner_stop', []);
    const outcome = failure(sender.send({ to: RECIPIENT, data: '0x' }));
    await waitFor('our transaction', () => said(lines, 'transaction sent', START_NONCE) !== undefined);
    const ours = said(lines, 'transaction sent', START_NONCE)?.fields.hash;
    await sendBehindItsBack(START_NONCE);
    await provider.send('miner_start', []);

    const err = expectError(await outcome, TxErrorCode.Dropped);
    expect(err.context).toMatchObject({ address, nonce: START_NONCE, hashes: [ours] });
    expect(err.retryable).toBe(true);
    const next = await sender.send({ to: RECIPIENT, data: '0x' });
    expect(next).toMatchObject({ nonce: START_NONCE + 1, status: 'success' });
  });

  it('behavior: a call that reverts in estimation is sent with the fallback gas limit and reverts on chain', async () => {
    const reverter = await deployReverter();
    const { logger, lines } = recorder();
    const sender = new TxSender({ provider, key, pollMs: 50, fallbackGasLimit: 250_000n, logger });
    const sent = await sender.send({ to: reverter, data: '0x12345678' });
    expect(sent).toMatchObject({ status: 'reverted', estimated: false, nonce: START_NONCE, logs: [] });
    expect((await provider.getTransaction(sent.hash))?.gasLimit).toBe(250_000n);
    expect(said(lines, 'gas estimation failed; sending with the fallback gas limit')?.level).toBe('warn');
  });

  it('behavior: confirmations: 3 resolves once three blocks include the receipt', async () => {
    const sender = new TxSender({ provider, key, pollMs: 25, confirmations: 3 });
    let settled: SentTx | undefined;
    const pending = sender.send({ to: RECIPIENT, data: '0x' }).then((s) => (settled = s));
    await waitFor('the transaction mined', async () => (await minedCount()) === START_NONCE + 1);
    const minedIn = await provider.getBlockNumber();

    await sleep(200);
    expect(settled).toBeUndefined();
    await provider.send('evm_mine', []);
    await sleep(200);
    expect(settled).toBeUndefined();
    await provider.send('evm_mine', []);
    const sent = await pending;
    expect(sent).toMatchObject({ blockNumber: minedIn, status: 'success' });
    expect(await provider.getBlockNumber()).toBe(minedIn + 2);
  });

  describe('a send the node refuses', () => {
    const poorKey = testKey(9);
    const poor = new Wallet(poorKey).address;

    it('error: TX_SEND_FAILED (failed_precondition) and its nonce is the next send’s', async () => {
      await liftNonce(poor);
      const sender = new TxSender({ provider, key: poorKey, pollMs: 50 });
      const err = expectError(
        await failure(sender.send({ to: RECIPIENT, data: '0x' })),
        TxErrorCode.SendFailed,
      );
      expect(err.category).toBe('failed_precondition');
      expect(err.retryable).toBe(false);
      expect(err.context).toMatchObject({ address: poor, nonce: START_NONCE });
      expect(String(err.context.reason)).toMatch(/insufficient funds/);

      await (await chain.wallet(0).sendTransaction({ to: poor, value: 10n ** 16n })).wait();
      expect(await sender.send({ to: RECIPIENT, data: '0x' })).toMatchObject({
        nonce: START_NONCE,
        status: 'success',
      });
    });

    it('behavior: when a later nonce is already out, the refused one is filled by a transfer to self', async () => {
      const reverter = await deployReverter();
      await (await chain.wallet(0).sendTransaction({ to: poor, value: 10n ** 15n })).wait();
      await liftNonce(poor);
      // Holds the big call's submission until a second send has taken the next nonce and gone out.
      const gated = new GatedProvider(chain.url);
      const { logger, lines } = recorder();
      const sender = new TxSender({ provider: gated, key: poorKey, pollMs: 50, logger });
      let later: Promise<SentTx> | undefined;
      gated.hold = async (raw) => {
        if (Transaction.from(raw).to !== reverter || later !== undefined) return;
        later = sender.send({ to: RECIPIENT, data: '0x' });
        void failure(later);
        await waitFor('the later send in the pool', async () => {
          const pool = (await provider.send('txpool_content', [])) as { queued: Record<string, object> };
          return String(START_NONCE + 1) in (pool.queued[poor.toLowerCase()] ?? {});
        });
      };
      try {
        // Estimation reverts, so the 3M-gas fallback is offered: more than the account can pay.
        const err = expectError(
          await failure(sender.send({ to: reverter, data: '0x' })),
          TxErrorCode.SendFailed,
        );
        expect(err.context).toMatchObject({ nonce: START_NONCE });
        expect(String(err.context.reason)).toMatch(/insufficient funds/);
        const filler = await provider.getTransaction(String(err.context.gapFilledBy));
        expect(filler).toMatchObject({ from: poor, to: poor, value: 0n, nonce: START_NONCE });

        expect(await later).toMatchObject({ nonce: START_NONCE + 1, status: 'success' });
        expect(
          said(lines, 'filling the nonce gap with a zero-value transfer to self', START_NONCE),
        ).toBeDefined();
        expect(await minedCount(poor)).toBe(START_NONCE + 2);
        expect(sender.nonces.state()).toMatchObject({ free: [], held: [] });
      } finally {
        gated.destroy();
      }
    });
  });
});

describe('TxSender options', () => {
  const key = testKey(0);

  const offline = (): JsonRpcProvider =>
    new JsonRpcProvider('http://127.0.0.1:1', undefined, { staticNetwork: Network.from(1337n) });

  it('args: every invalid option is reported at once, without the key', () => {
    const p = offline();
    try {
      const bad = `0x${'f'.repeat(64)}`; // above the curve order
      const err = expectError(
        catching(
          () => new TxSender({ provider: p, key: bad, feeBumpPercent: 5, pollMs: 0, confirmations: 1.5 }),
        ),
        TxErrorCode.OptionsInvalid,
      );
      expect(err.category).toBe('invalid_argument');
      for (const option of ['key', 'feeBumpPercent', 'pollMs', 'confirmations'])
        expect(err.message).toContain(option);
      expect(err.message).not.toContain(bad);
      expect(JSON.stringify(err.toJSON())).not.toContain(bad);
      const unknown = catching(() => new TxSender({ provider: p, key, gasMultiplier: 2 } as never));
      expect(expectError(unknown, TxErrorCode.OptionsInvalid).message).toContain(
        'gasMultiplier: unknown option',
      );
    } finally {
      p.destroy();
    }
  });

  it('args: a request with a bad address or odd-length data is TX_REQUEST_INVALID', async () => {
    const p = offline();
    try {
      const sender = new TxSender({ provider: p, key });
      const err = expectError(
        await failure(sender.send({ to: '0x1234', data: '0xabc' })),
        TxErrorCode.RequestInvalid,
      );
      expect(err.context.issues).toHaveLength(2);
    } finally {
      p.destroy();
    }
  });
});

describe('NonceManager', () => {
  /** A manager over a chain whose pending count the test sets. */
  function manager(count: number): { nonces: NonceManager; setCount: (n: number) => void } {
    let chainCount = count;
    const nonces = new NonceManager({
      address: RECIPIENT,
      source: { getTransactionCount: () => Promise.resolve(chainCount) },
    });
    return { nonces, setCount: (n) => (chainCount = n) };
  }

  it('behavior: concurrent allocations get consecutive nonces from the chain count', async () => {
    const { nonces } = manager(7);
    expect(await Promise.all([nonces.allocate(), nonces.allocate(), nonces.allocate()])).toEqual([7, 8, 9]);
    expect(nonces.state()).toEqual({ next: 10, free: [], held: [7, 8, 9] });
  });

  it('behavior: a released nonce at the top steps the count back; one below a later nonce is a gap, allocated first', async () => {
    const { nonces } = manager(0);
    const [a, b, c] = await Promise.all([nonces.allocate(), nonces.allocate(), nonces.allocate()]);
    expect(nonces.release(c as number)).toBe(false);
    expect(nonces.state().next).toBe(2);
    expect(nonces.release(a as number)).toBe(true);
    expect(nonces.state()).toEqual({ next: 2, free: [0], held: [1] });
    expect(await nonces.allocate()).toBe(0);
    expect(await nonces.allocate()).toBe(2);
    nonces.finish(b as number);
  });

  it('behavior: a reclaimed gap is the caller’s; a gap an allocation took cannot be reclaimed', async () => {
    const { nonces } = manager(0);
    await Promise.all([nonces.allocate(), nonces.allocate()]);
    expect(nonces.release(0)).toBe(true);
    expect(nonces.reclaim(0)).toBe(true);
    expect(nonces.state()).toEqual({ next: 2, free: [], held: [0, 1] });
    expect(nonces.release(0)).toBe(true);
    expect(await nonces.allocate()).toBe(0);
    expect(nonces.reclaim(0)).toBe(false);
  });

  it('behavior: a taken nonce is skipped even when the chain count does not show it yet', async () => {
    const { nonces } = manager(5);
    const n = await nonces.allocate();
    nonces.taken(n);
    expect(await nonces.allocate()).toBe(6);
  });

  it('behavior: a resync moves only forward while sends are outstanding, and to the chain count when idle', async () => {
    const { nonces, setCount } = manager(3);
    await nonces.allocate();
    setCount(0);
    nonces.resync();
    expect(await nonces.allocate()).toBe(4);
    nonces.finish(3);
    nonces.finish(4);
    nonces.resync();
    expect(await nonces.allocate()).toBe(0);
  });
});

describe('bumpFees', () => {
  it('behavior: every field rises by the bump, rounded up, or to the market quote when that is higher', () => {
    expect(bumpFees({ type: 0, gasPrice: 1000n }, 1250n)).toEqual({ type: 0, gasPrice: 1125n });
    expect(bumpFees({ type: 2, maxFeePerGas: 101n, maxPriorityFeePerGas: 1n }, 1250n)).toEqual({
      type: 2,
      maxFeePerGas: 114n,
      maxPriorityFeePerGas: 2n,
    });
    const market = { type: 2, maxFeePerGas: 500n, maxPriorityFeePerGas: 1n } as const;
    expect(bumpFees({ type: 2, maxFeePerGas: 100n, maxPriorityFeePerGas: 10n }, 1000n, market)).toEqual({
      type: 2,
      maxFeePerGas: 500n,
      maxPriorityFeePerGas: 11n,
    });
  });
});

/** A provider whose raw-transaction submissions a test can hold back. */
class GatedProvider extends JsonRpcProvider {
  hold: ((raw: string) => Promise<void>) | undefined;

  constructor(url: string) {
    super(url, undefined, { staticNetwork: true, pollingInterval: 50 });
  }

  override async send(method: string, params: unknown[] | Record<string, unknown>): Promise<unknown> {
    if (method === 'eth_sendRawTransaction' && this.hold !== undefined && Array.isArray(params))
      await this.hold(String(params[0]));
    return super.send(method, params);
  }
}

function catching(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
}
