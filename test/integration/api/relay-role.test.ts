/**
 * The `api` role as an agency meets it: `startRelayer` with every relaying
 * role and `api`, a policy file granting one token, and only the SDK on the
 * caller's side. The agency sends a consent record and waits until it is
 * acknowledged, notarises a document hash on the sub-network and checks its
 * evidence receipt offline against the main chain's validator set; a call
 * without the token, or for a chain the policy does not grant, changes
 * nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { commitmentPath } from '../../../adapters/devnet/index.js';
import { v1 } from '../../../proto/index.js';
import { verifyEvidenceReceipt } from '../../../relayer/api/receipts/index.js';
import { hashToken } from '../../../relayer/api/security/index.js';
import { relayerConfigSchema } from '../../../relayer/config/schema.js';
import { createLogger } from '../../../relayer/logger.js';
import { RelayClient } from '../../../relayer/sdk/index.js';
import { relayerRoles, startRelayer, type Relayer } from '../../../relayer/service/index.js';
import { submitOk, text } from '../../unit/devnet/packets/relay-steps.js';
import { isthmus, killCliProcesses } from '../cli/operator/cli.js';
import { waitUntil } from '../relayer/drivers/wait.js';
import { HEALTH, MAIN, startReceiptNetwork, type ReceiptNetwork } from './receipts/network.js';

const logger = createLogger({ level: 'silent' });
const CHANNEL = 'channel-0';
const TOKEN = randomBytes(24).toString('base64url');

describe('the api role through the SDK', () => {
  let network: ReceiptNetwork;
  let relayer: Relayer;
  let dir: string;
  let agency: RelayClient;
  let stranger: RelayClient;

  beforeAll(async () => {
    network = await startReceiptNetwork();
    const clientOfMain =
      (await network.h.queryClient({ clientId: '07-tendermint-0' })).clientState?.clientId ?? '';
    expect(clientOfMain).toBe('07-tendermint-0');
    for (const [on, counterparty, clientId] of [
      [network.h, MAIN, clientOfMain],
      [network.m, HEALTH, network.clientOfHealth],
    ] as const) {
      const opened = await submitOk(on, {
        openChannel: {
          app: 'records',
          counterpartyChainId: counterparty,
          counterpartyChannelId: CHANNEL,
          clientId,
          ordering: v1.Ordering.ORDERING_UNORDERED,
        },
      });
      expect(text(opened.data)).toBe(CHANNEL);
    }
    dir = await mkdtemp(join(tmpdir(), 'isthmus-api-role-'));
    const policy = join(dir, 'policy.yaml');
    await writeFile(
      policy,
      [
        'identities:',
        '  - name: health-agency',
        `    tokens: ["${await hashToken(TOKEN)}"]`,
        '    allow:',
        `      - { methods: [SendMessage, GetMessage, WatchMessages, Notarize, GetEvidenceReceipt], chains: [${HEALTH}] }`,
        '',
      ].join('\n'),
    );
    const config = relayerConfigSchema.parse({
      chains: [
        { id: MAIN, type: 'devnet', endpoint: network.mainAddress },
        { id: HEALTH, type: 'devnet', endpoint: network.healthAddress },
      ],
      paths: [
        {
          source: { chain: HEALTH, channel: CHANNEL, clientId: clientOfMain },
          dest: { chain: MAIN, channel: CHANNEL, clientId: network.clientOfHealth },
        },
      ],
      workers: { concurrency: 2, batchSize: 10, batchDelayMs: 50 },
      clearing: { intervalMs: 1_000 },
      api: { listen: '127.0.0.1:0', policy, mainChain: MAIN },
    });
    relayer = await startRelayer({
      config,
      roles: new Set([...relayerRoles, 'api'] as const),
      logger,
      stopTimeoutMs: 5_000,
    });
    const address = relayer.apiAddress ?? '';
    agency = new RelayClient({ address, token: TOKEN });
    stranger = new RelayClient({ address, retry: { maxAttempts: 1 } });
  });

  afterAll(async () => {
    killCliProcesses();
    agency?.close();
    stranger?.close();
    await relayer?.close();
    await network?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('behavior: a record sent through the API is received and acknowledged; the hops say where', async () => {
    const sent = await agency.sendMessage({
      sourceChain: HEALTH,
      sourceChannel: CHANNEL,
      app: 'records',
      payload: new TextEncoder().encode('{"consent":"research","patient":"P-0001"}'),
      timeoutHeight: { revision: 1n, height: 1_000_000n },
      idempotencyKey: 'consent-P-0001',
    });
    expect(sent.messageId).toBe(`${HEALTH}/${CHANNEL}/1`);
    const done = await agency.waitForStatus(sent.messageId, 'acknowledged', { timeoutMs: 20_000 });
    expect(done.status).toBe(v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED);
    expect(done.hops?.map((h) => h.chainId)).toEqual(expect.arrayContaining([HEALTH, MAIN]));
    // The provable state trails the latest block by one: the commitment's removal shows a block later.
    await waitUntil(
      'commitment removed on health',
      async () => (await network.h.queryProof({ path: commitmentPath(CHANNEL, 1n) })).exists === false,
      5_000,
    );
  });

  it('behavior: the operator CLI sends and reads a message through the same API with a token file', async () => {
    const tokenFile = join(dir, 'token');
    await writeFile(tokenFile, TOKEN);
    const api = ['--api', relayer.apiAddress ?? '', '--token-file', tokenFile, '--json'];
    const sent = await isthmus([
      'messages',
      'send',
      '--chain',
      HEALTH,
      '--channel',
      CHANNEL,
      '--app',
      'records',
      '--payload',
      '{"consent":"withdrawn","patient":"P-0002"}',
      '--timeout-height',
      '1000000',
      ...api,
    ]);
    expect(sent.code).toBe(0);
    const id = String(sent.json().id);
    expect(id).toMatch(new RegExp(`^${HEALTH}/${CHANNEL}/\\d+$`));
    await agency.waitForStatus(id, 'acknowledged', { timeoutMs: 20_000 });
    const got = await isthmus(['messages', 'get', id, ...api]);
    expect([got.code, got.json()]).toEqual([0, expect.objectContaining({ id, status: 'acknowledged' })]);
    const refused = await isthmus(['messages', 'get', id, '--api', relayer.apiAddress ?? '', '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, code: 'CREDENTIALS_MISSING' });
  }, 60_000);

  it('behavior: a notarised hash comes back as an evidence receipt that verifies offline', async () => {
    const documentHash = createHash('sha256').update('discharge summary, synthetic').digest();
    const notarized = await agency.notarize({ chainId: HEALTH, documentHash, label: 'discharge summary' });
    expect(notarized.recordId).toBe(`${HEALTH}/${documentHash.toString('hex')}`);
    const receipt = await agency.getEvidenceReceipt(notarized.recordId, { timeoutMs: 30_000 });
    const verified = verifyEvidenceReceipt(receipt, network.anchor);
    expect(verified).toMatchObject({ recordId: notarized.recordId });
  });

  it('error: without the token, or on a chain the policy does not grant, nothing is sent', async () => {
    const before = (await network.h.queryProof({ path: 'nextSequenceSend/channel-0' })).value;
    const request = {
      sourceChain: HEALTH,
      sourceChannel: CHANNEL,
      app: 'records',
      payload: new Uint8Array([1]),
      timeoutHeight: { revision: 1n, height: 1_000_000n },
    };
    await expect(stranger.sendMessage(request)).rejects.toMatchObject({ code: 'CREDENTIALS_MISSING' });
    await expect(agency.notarize({ chainId: MAIN, documentHash: randomBytes(32) })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    expect((await network.h.queryProof({ path: 'nextSequenceSend/channel-0' })).value).toEqual(before);
  });
});
