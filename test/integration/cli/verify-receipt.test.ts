/**
 * `isthmus verify receipt` and `isthmus verify trust-anchor` through the
 * command line (in process) on a receipt built between two devnets served
 * over loopback gRPC: the anchor from the main chain's genesis or from its
 * Ledger endpoint, the bundle as protobuf or JSON — exit 0; a bundle with
 * a flipped byte or checked under another validator set — exit 1 with the
 * failed check's code; a file that is no bundle — exit 2.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeGenesis, writeGenesis } from '../../../adapters/devnet/index.js';
import { sha256 } from '../../../light-clients/index.js';
import {
  createEvidenceService,
  encodeEvidenceReceipt,
  evidenceReceiptToJson,
} from '../../../relayer/api/receipts/index.js';
import { main } from '../../../relayer/cli/main.js';
import { HEALTH, MAIN, startReceiptNetwork, type ReceiptNetwork } from '../api/receipts/network.js';

let stdout: string[] = [];

/** Runs the CLI; returns its exit code and the JSON it printed. */
async function run(args: string[]): Promise<{ code: number; out: Record<string, unknown> }> {
  stdout = [];
  const code = await main(args);
  return { code, out: JSON.parse(stdout.join('').trim()) as Record<string, unknown> };
}

describe('integration: isthmus verify receipt', () => {
  let net: ReceiptNetwork;
  let dir = '';
  let bundleFile = '';
  let jsonFile = '';
  let anchorFile = '';

  beforeAll(async () => {
    net = await startReceiptNetwork();
    dir = await mkdtemp(join(tmpdir(), 'isthmus-verify-receipt-'));
    const service = createEvidenceService({
      ledgers: new Map([
        [MAIN, net.m],
        [HEALTH, net.h],
      ]),
      mainChainId: MAIN,
      clientIds: new Map([[HEALTH, net.clientOfHealth]]),
    });
    const { recordId } = await service.notarize({
      chainId: HEALTH,
      documentHash: sha256(new TextEncoder().encode('synthetic enrolment certificate')),
      hashAlgorithm: 'sha256',
      label: 'enrolment certificate (synthetic)',
    });
    const receipt = await service.receipt({ recordId });
    bundleFile = join(dir, 'receipt.pb');
    jsonFile = join(dir, 'receipt.json');
    await writeFile(bundleFile, encodeEvidenceReceipt(receipt));
    await writeFile(jsonFile, evidenceReceiptToJson(receipt));
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => stdout.push(String(s)) > 0);
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  }, 30_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await net.close();
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    stdout = [];
  });

  it('behavior: trust-anchor from the genesis, then the protobuf and JSON bundles verify (exit 0)', async () => {
    const genesisFile = join(dir, 'genesis.json');
    await writeGenesis(genesisFile, net.main.genesis);
    const anchor = await run([
      'verify',
      'trust-anchor',
      '--genesis',
      genesisFile,
      '--client',
      `${HEALTH}=${net.clientOfHealth}`,
    ]);
    expect(anchor.code).toBe(0);
    expect(anchor.out).toMatchObject({ chain_id: MAIN, clients: { [HEALTH]: net.clientOfHealth } });
    anchorFile = join(dir, 'anchor.json');
    await writeFile(anchorFile, JSON.stringify(anchor.out));

    for (const file of [bundleFile, jsonFile]) {
      const { code, out } = await run(['verify', 'receipt', file, '--trust', anchorFile]);
      expect(out).toMatchObject({ ok: true, code: 'OK', chainId: HEALTH, mainChainId: MAIN });
      expect(out.record).toMatchObject({
        label: 'enrolment certificate (synthetic)',
        hashAlgorithm: 'sha256',
      });
      expect(code).toBe(0);
    }
  });

  it('behavior: trust-anchor from the main chain endpoint gives an anchor the receipt verifies under', async () => {
    const anchor = await run([
      'verify',
      'trust-anchor',
      '--ledger',
      net.mainAddress,
      '--client',
      `${HEALTH}=${net.clientOfHealth}`,
    ]);
    expect(anchor.code).toBe(0);
    const file = join(dir, 'anchor-ledger.json');
    await writeFile(file, JSON.stringify(anchor.out));
    expect((await run(['verify', 'receipt', bundleFile, '--trust', file])).code).toBe(0);
  });

  it('error: a flipped byte of the bundle, or another validator set, is rejected (exit 1)', async () => {
    const bytes = Uint8Array.from(await readFile(bundleFile));
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0x01;
    const flipped = join(dir, 'flipped.pb');
    await writeFile(flipped, bytes);
    const tampered = await run(['verify', 'receipt', flipped, '--trust', anchorFile]);
    expect(tampered.out.ok).toBe(false);
    expect([1, 2]).toContain(tampered.code);

    const otherGenesis = join(dir, 'other-genesis.json');
    await writeGenesis(
      otherGenesis,
      makeGenesis({ chainId: MAIN, genesisTimeNs: 1n, seed: 'another-network' }),
    );
    const other = await run([
      'verify',
      'trust-anchor',
      '--genesis',
      otherGenesis,
      '--client',
      `${HEALTH}=${net.clientOfHealth}`,
    ]);
    const otherAnchor = join(dir, 'other-anchor.json');
    await writeFile(otherAnchor, JSON.stringify(other.out));
    const rejected = await run(['verify', 'receipt', bundleFile, '--trust', otherAnchor]);
    expect(rejected.out).toMatchObject({ ok: false, code: 'NOT_ENOUGH_TRUST' });
    expect(rejected.code).toBe(1);
  });

  it('error: a file that is no bundle, or an anchor without clients, is unusable (exit 2)', async () => {
    const junk = join(dir, 'junk.pb');
    await writeFile(junk, Uint8Array.from([0xff, 0xff, 0xff]));
    expect(await run(['verify', 'receipt', junk, '--trust', anchorFile])).toMatchObject({
      code: 2,
      out: { ok: false, code: 'UNUSABLE_INPUT' },
    });
    const noClients = join(dir, 'no-clients.json');
    await writeFile(noClients, JSON.stringify({ chain_id: MAIN, validators: [], clients: {} }));
    expect((await run(['verify', 'receipt', bundleFile, '--trust', noClients])).code).toBe(2);
  });
});
