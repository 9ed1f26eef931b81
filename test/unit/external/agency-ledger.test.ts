/**
 * The agency ledger's log (adapters/external/agency-ledger.ts): sealing
 * makes heights 1, 2, 3, ... with strictly increasing times and attested
 * state roots; records are append-only; proofs of a record or of its
 * absence at a height verify against the root attested at that height.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  AgencyLedger,
  Attestor,
  GENESIS_PATH,
  createAgencySigner,
  signerConfigSchema,
} from '../../../adapters/external/index.js';
import { ProvableStore, chainedProofBytes } from '../../../adapters/store/index.js';
import { verifyAttestation } from '../../../light-clients/attestation/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { CHAIN_ID, SECOND, T0, clientFor, signerEntry, steppingClock } from './keys.js';

const utf8 = new TextEncoder();
const silent = pino({ level: 'silent' });

function ledger(options: { clock?: () => bigint; retainHeights?: number } = {}): AgencyLedger {
  const signer = createAgencySigner(signerConfigSchema.parse(signerEntry('ed25519', 1)));
  return new AgencyLedger({
    chainId: CHAIN_ID,
    attestor: new Attestor([signer], 1n),
    store: new ProvableStore({ retainVersions: options.retainHeights ?? 1000 }),
    retainHeights: options.retainHeights ?? 1000,
    clock: options.clock ?? steppingClock(),
    logger: silent,
  });
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return IsthmusError.is(e) ? e.code : 'not an IsthmusError';
  }
  return undefined;
}

/** Verifies (value or absence at path) at `height` against the root attested there. */
function verifyAt(l: AgencyLedger, path: string, height: bigint): Uint8Array | undefined {
  const { attestation, stateRoot } = l.sealedAt(height);
  expect(attestation.stateRoot).toEqual(stateRoot);
  const { value, proof } = l.prove(path, height);
  verifyMerkleProof(stateRoot, chainedProofBytes(proof), [utf8.encode(path)], value, [tendermintSpec]);
  return value;
}

describe('agency ledger', () => {
  it('behavior: each seal makes the next height, attested, verifiable height after height', () => {
    const l = ledger();
    let client = clientFor(l.signerSet);
    for (let h = 1n; h <= 4n; h++) {
      if (h > 1n) l.append(`records/${h}`, utf8.encode(`value ${h}`));
      const sealed = l.seal();
      expect(sealed.height).toBe(h);
      expect(l.latest).toBe(sealed);
      const update = verifyAttestation(client, sealed.attestation, sealed.timestampNs + SECOND);
      expect(update.attested.stateRoot).toEqual(sealed.stateRoot);
      client = update.clientState;
    }
    expect(client.latestHeight).toBe(4n);
  });

  it('behavior: times strictly increase even when the clock stands still or goes back', () => {
    const readings = [T0, T0, T0 - SECOND, T0 + SECOND];
    const l = ledger({ clock: () => readings.shift() ?? T0 });
    const times = [l.seal(), l.seal(), l.seal(), l.seal()].map((s) => s.timestampNs);
    expect(times).toEqual([T0, T0 + 1n, T0 + 2n, T0 + SECOND]);
  });

  it('behavior: the root changes with the records, and a seal without records keeps it', () => {
    const l = ledger();
    const first = l.seal();
    const empty = l.seal();
    l.append('records/a', Uint8Array.of(1));
    const written = l.seal();
    expect(empty.stateRoot).toEqual(first.stateRoot);
    expect(written.stateRoot).not.toEqual(empty.stateRoot);
  });

  it('behavior: a record is proven at and after its height, its absence before', () => {
    const l = ledger();
    l.seal();
    l.append('records/x', utf8.encode('hello'));
    l.seal();
    l.seal();
    expect(verifyAt(l, 'records/x', 1n)).toBeUndefined();
    expect(verifyAt(l, 'records/x', 2n)).toEqual(utf8.encode('hello'));
    expect(verifyAt(l, 'records/x', 3n)).toEqual(utf8.encode('hello'));
    expect(verifyAt(l, 'records/y', 3n)).toBeUndefined();
    expect(verifyAt(l, GENESIS_PATH, 1n)).toEqual(utf8.encode(CHAIN_ID));
  });

  it("error: a proof does not verify against another height's root", () => {
    const l = ledger();
    l.seal();
    l.append('records/x', utf8.encode('hello'));
    l.seal();
    const { value, proof } = l.prove('records/x', 2n);
    expect(() =>
      verifyMerkleProof(
        l.sealedAt(1n).stateRoot,
        chainedProofBytes(proof),
        [utf8.encode('records/x')],
        value,
        [tendermintSpec],
      ),
    ).toThrow();
  });

  it('error: the log is append-only (RECORD_EXISTS), also for the genesis record', () => {
    const l = ledger();
    l.append('records/a', Uint8Array.of(1));
    expect(codeOf(() => l.append('records/a', Uint8Array.of(2)))).toBe('RECORD_EXISTS');
    l.seal();
    expect(codeOf(() => l.append('records/a', Uint8Array.of(3)))).toBe('RECORD_EXISTS');
    expect(codeOf(() => l.append(GENESIS_PATH, Uint8Array.of(3)))).toBe('RECORD_EXISTS');
  });

  it.each([
    ['', 'INVALID_PATH'],
    ['has space', 'INVALID_PATH'],
    ['é', 'INVALID_PATH'],
  ])('args: the path %j is %s', (path, code) => {
    expect(codeOf(() => ledger().append(path, Uint8Array.of(1)))).toBe(code);
  });

  it('args: an empty value is INVALID_RECORD', () => {
    expect(codeOf(() => ledger().append('records/a', new Uint8Array(0)))).toBe('INVALID_RECORD');
  });

  it('error: a height not sealed yet or no longer retained is HEIGHT_NOT_FOUND', () => {
    const l = ledger({ retainHeights: 2 });
    l.seal();
    l.seal();
    l.seal();
    expect(codeOf(() => l.sealedAt(4n))).toBe('HEIGHT_NOT_FOUND');
    expect(codeOf(() => l.sealedAt(1n))).toBe('HEIGHT_NOT_FOUND');
    expect(codeOf(() => l.prove('records/a', 1n))).toBe('HEIGHT_NOT_FOUND');
    expect(l.oldestRetained).toBe(2n);
    expect(l.sealedAt(2n).height).toBe(2n);
  });

  it('behavior: followers wake on a seal, on abort and on close', async () => {
    const l = ledger();
    l.seal();
    const waiting = l.waitForHeightAbove(1n);
    l.seal();
    await expect(waiting).resolves.toBe(true);
    await expect(l.waitForHeightAbove(1n)).resolves.toBe(true);

    const controller = new AbortController();
    const aborted = l.waitForHeightAbove(2n, controller.signal);
    controller.abort();
    await expect(aborted).resolves.toBe(false);

    const closed = l.waitForHeightAbove(2n);
    l.close();
    await expect(closed).resolves.toBe(false);
    expect(codeOf(() => l.seal())).toBe('LEDGER_CLOSED');
  });

  it('error: a store that already has versions is STORE_NOT_FRESH', () => {
    const store = new ProvableStore();
    store.set(Uint8Array.of(1), Uint8Array.of(1));
    store.commit();
    const signer = createAgencySigner(signerConfigSchema.parse(signerEntry('ed25519', 1)));
    expect(
      codeOf(
        () =>
          new AgencyLedger({
            chainId: CHAIN_ID,
            attestor: new Attestor([signer], 1n),
            store,
            retainHeights: 10,
            clock: steppingClock(),
            logger: silent,
          }),
      ),
    ).toBe('STORE_NOT_FRESH');
  });
});
