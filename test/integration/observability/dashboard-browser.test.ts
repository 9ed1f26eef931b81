/**
 * The dashboard in a real browser: `startRelayer` (embedded, every relaying
 * role) with `http.listen: 127.0.0.1:0` over two block-producing devnets,
 * and the system's Chromium (headless, through playwright-core). The page
 * loads and shows both chains; a record sent on health during the test
 * appears in the recent packets without a reload, and clicking it shows
 * its trace with hops on both chains; its path's throughput counts it.
 * The page raises no script error and no Content-Security-Policy
 * violation. A screenshot is kept in `test-artifacts/`.
 *
 * With `CI=true` a missing Chromium fails the run; elsewhere the suite
 * reports itself skipped, with the reason.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { DevnetChain, DevnetLedger, makeGenesis, packetModule } from '../../../adapters/devnet/index.js';
import { startLedgerServer, type Ledger } from '../../../adapters/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import type { RelayerConfig } from '../../../relayer/config/schema.js';
import { createLogger } from '../../../relayer/logger.js';
import { relayerRoles, startRelayer } from '../../../relayer/service/index.js';
import { uniqueName } from '../../support/env.js';
import { createClient, submitOk, text } from '../../unit/devnet/packets/relay-steps.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test-artifacts');
const logger = createLogger({ level: 'silent' });
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const CHANNEL = 'channel-0';
/** Bound on each wait for the page. */
const WAIT_MS = 15_000;

const stops: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops.length = 0;
});

/** Whether the browser is there; under CI its absence is an error. */
function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `${CHROMIUM} not found (apt-get update && apt-get install -y chromium)`;
  if (env.CI === 'true') throw new Error(`${reason}; CI=true requires it`);
  return reason;
}

async function serve(id: string): Promise<{ id: string; ledger: DevnetLedger; endpoint: string }> {
  const chain = new DevnetChain({
    genesis: makeGenesis({ chainId: id, genesisTimeNs: nowNs() }),
    logger,
    modules: [packetModule()],
  });
  chain.start(100);
  stops.push(() => chain.stop());
  await chain.waitForHeight(1n);
  const ledger = new DevnetLedger(chain);
  const server = await startLedgerServer({ ledger, logger });
  stops.push(() => server.close());
  return { id, ledger, endpoint: server.address };
}

async function openChannel(on: Ledger, counterparty: string, clientId: string): Promise<void> {
  const result = await submitOk(on, {
    openChannel: {
      app: 'records',
      counterpartyChainId: counterparty,
      counterpartyChannelId: CHANNEL,
      clientId,
      ordering: v1.Ordering.ORDERING_UNORDERED,
    },
  });
  expect(text(result.data)).toBe(CHANNEL);
}

async function send(on: Ledger, payload: string): Promise<bigint> {
  const result = await submitOk(on, {
    sendPacket: {
      sourceChannel: CHANNEL,
      app: 'records',
      payload: new TextEncoder().encode(payload),
      timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
    },
  });
  return BigInt(text(result.data));
}

const missing = chromiumMissing();
const suite = missing === undefined ? describe : describe.skip;

suite(`dashboard in Chromium${missing === undefined ? '' : ` [skipped: ${missing}]`}`, () => {
  it('behavior: shows both chains, a record sent live, and its trace across both chains', async () => {
    const tag = uniqueName('d').slice(2);
    const main = await serve(`main-${tag}-1`);
    const health = await serve(`health-${tag}-1`);
    const clientOnMain = await createClient(main.ledger, health.ledger);
    const clientOnHealth = await createClient(health.ledger, main.ledger);
    await openChannel(health.ledger, main.id, clientOnHealth);
    await openChannel(main.ledger, health.id, clientOnMain);
    const config: RelayerConfig = {
      log: { level: 'info' },
      chains: [main, health].map((s) => ({
        id: s.id,
        type: 'devnet' as const,
        endpoint: s.endpoint,
        witnesses: [],
      })),
      paths: [
        {
          source: { chain: health.id, channel: CHANNEL, clientId: clientOnHealth },
          dest: { chain: main.id, channel: CHANNEL, clientId: clientOnMain },
          ordering: 'unordered',
        },
      ],
      workers: { concurrency: 2, batchSize: 10, batchDelayMs: 50 },
      clearing: { intervalMs: 1_000 },
      clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
      filters: { allow: [], deny: [] },
      http: { listen: '127.0.0.1:0' },
    };
    const relayer = await startRelayer({
      config,
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    stops.push(() => relayer.close());
    const url = `http://${relayer.httpAddress ?? ''}/`;

    const browser: Browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: WAIT_MS,
    });
    stops.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(WAIT_MS);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy|Refused/i.test(message.text())) {
        problems.push(`console: ${message.text()}`);
      }
    });

    await page.goto(url);
    await page.locator('#connection[data-state="live"]').waitFor();
    await page.locator(`#chains tr[data-chain="${main.id}"]`).waitFor();
    await page.locator(`#chains tr[data-chain="${health.id}"]`).waitFor();
    const path = `${health.id}/${CHANNEL}->${main.id}/${CHANNEL}`;
    await page.locator(`#paths tr[data-path="${path}"][data-acknowledged="0"]`).waitFor();
    // A mark on the loaded document: still there at the end means the page never reloaded.
    await page.evaluate('window.isthmusLoaded = true');

    const id = `${health.id}/${CHANNEL}/${await send(health.ledger, 'consent-browser')}`;
    const row = page.locator(`#packets tr[data-packet-id="${id}"]`);
    await row.waitFor();
    await row.locator('button').click();
    await page.locator(`#trace tr[data-chain="${health.id}"][data-step="send"]`).waitFor();
    await page.locator(`#trace tr[data-chain="${main.id}"]`).first().waitFor();
    await page.locator(`#packets tr[data-packet-id="${id}"][data-status="acknowledged"]`).waitFor();
    // The path's throughput sparkline counts it without waiting for the next summary.
    await page.locator(`#paths tr[data-path="${path}"][data-acknowledged="1"]`).waitFor();

    expect(await page.evaluate('window.isthmusLoaded')).toBe(true);
    expect(await page.locator(`#trace p[data-packet-id="${id}"]`).count()).toBe(1);
    const chainsText = await page.locator('#chains').innerText();
    expect(chainsText).toContain(main.id);
    expect(chainsText).toContain(health.id);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);
});
