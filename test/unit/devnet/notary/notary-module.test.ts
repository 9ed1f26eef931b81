/**
 * The devnet's notary module on an in-process chain: a hash is recorded at
 * `notary/{hex}` with its label, block height and time, provably; a second
 * notarisation of it is ALREADY_DONE with the first record and changes no
 * state; malformed requests are refused with their codes and write nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  decodeNotaryRecord,
  DevnetChain,
  DevnetLedger,
  encodeNotaryRecord,
  makeGenesis,
  NOTARY_LABEL_MAX_BYTES,
  notaryModule,
  notaryPath,
} from '../../../../adapters/devnet/index.js';
import { sha256 } from '../../../../light-clients/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../../../light-clients/ics23/index.js';
import { fromU64, v1 } from '../../../../proto/index.js';

const SECOND = 1_000_000_000n;
const GENESIS_TIME = 1_764_000_000_000_000_000n;
const {
  RESULT_CODE_OK: OK,
  RESULT_CODE_ALREADY_DONE: ALREADY_DONE,
  RESULT_CODE_REJECTED: REJECTED,
} = v1.ResultCode;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function chain(): { chain: DevnetChain; ledger: DevnetLedger } {
  let now = GENESIS_TIME;
  const c = new DevnetChain({
    genesis: makeGenesis({ chainId: 'health-1', genesisTimeNs: GENESIS_TIME }),
    logger: pino({ level: 'silent' }),
    clock: () => (now += SECOND),
    modules: [notaryModule],
  });
  c.produceBlock();
  return { chain: c, ledger: new DevnetLedger(c) };
}

const notarize = (
  documentHash: Uint8Array,
  label = 'consent form v2',
  hashAlgorithm = 'sha256',
): v1.IMsg => ({
  notarize: { documentHash, hashAlgorithm, label },
});

describe('devnet notary module', () => {
  it('behavior: records the hash with its label, block height and time, provable at notary/{hex}', async () => {
    const { chain: c, ledger } = chain();
    const hash = sha256(utf8('synthetic document 1'));
    const res = await ledger.submit({ messages: [notarize(hash)] });
    const [result] = res.results;
    expect(result?.code).toBe(OK);
    const height = fromU64(res.height?.height);
    const record = decodeNotaryRecord(result?.data ?? new Uint8Array(0));
    expect(record).toEqual({
      documentHash: hash,
      hashAlgorithm: 'sha256',
      label: 'consent form v2',
      height,
      timeNs: c.block(height).timeNs,
    });
    expect(res.results[0]?.data).toEqual(encodeNotaryRecord(record));
    expect(c.block(height).events).toEqual([]);

    c.produceBlock();
    const proof = await ledger.queryProof({ path: notaryPath(hash) });
    expect(proof.exists).toBe(true);
    expect(proof.value).toEqual(result?.data);
    const proofHeight = fromU64(proof.proof?.height?.height);
    verifyMerkleProof(
      c.block(proofHeight).signedHeader.header.appHash,
      proof.proof?.bytes ?? new Uint8Array(0),
      [utf8(notaryPath(hash))],
      proof.value,
      [tendermintSpec],
    );
  });

  it('behavior: a hash recorded before is ALREADY_DONE with the first record, and the state is unchanged', async () => {
    const { chain: c, ledger } = chain();
    const hash = sha256(utf8('synthetic document 2'));
    const first = await ledger.submit({ messages: [notarize(hash, 'first label')] });
    const appHashBefore = c.latestBlock?.appHash;
    const again = await ledger.submit({ messages: [notarize(hash, 'another label')] });
    expect(again.results[0]?.code).toBe(ALREADY_DONE);
    expect(again.results[0]?.data).toEqual(first.results[0]?.data);
    expect(decodeNotaryRecord(again.results[0]?.data ?? new Uint8Array(0)).label).toBe('first label');
    expect(c.latestBlock?.appHash).toEqual(appHashBefore);
  });

  it.each([
    ['an empty hash', notarize(new Uint8Array(0)), 'NOTARY_HASH_EMPTY'],
    ['a 31-byte hash', notarize(new Uint8Array(31).fill(7)), 'NOTARY_HASH_LENGTH'],
    ['a 33-byte hash', notarize(new Uint8Array(33).fill(7)), 'NOTARY_HASH_LENGTH'],
    [
      'another algorithm',
      notarize(new Uint8Array(32).fill(7), 'x', 'sha3-256'),
      'NOTARY_ALGORITHM_UNSUPPORTED',
    ],
    ['no algorithm', notarize(new Uint8Array(32).fill(7), 'x', ''), 'NOTARY_ALGORITHM_UNSUPPORTED'],
    ['an empty label', notarize(new Uint8Array(32).fill(7), ''), 'NOTARY_LABEL_EMPTY'],
    [
      'a label over the bound',
      notarize(new Uint8Array(32).fill(7), 'é'.repeat(NOTARY_LABEL_MAX_BYTES / 2 + 1)),
      'NOTARY_LABEL_TOO_LONG',
    ],
    ['a label with a line break', notarize(new Uint8Array(32).fill(7), 'a\nb'), 'NOTARY_LABEL_INVALID'],
  ])('error: %s is refused with its code and writes nothing', async (_name, msg, code) => {
    const { chain: c, ledger } = chain();
    const appHashBefore = c.latestBlock?.appHash;
    const res = await ledger.submit({ messages: [msg] });
    expect(res.results[0]).toMatchObject({ code: REJECTED, errorCode: code });
    expect(c.latestBlock?.appHash).toEqual(appHashBefore);
  });

  it('args: a label of exactly the bound is kept', async () => {
    const { ledger } = chain();
    const label = 'a'.repeat(NOTARY_LABEL_MAX_BYTES);
    const res = await ledger.submit({ messages: [notarize(new Uint8Array(32).fill(9), label)] });
    expect(res.results[0]?.code).toBe(OK);
  });

  it('error: a record in another encoding is not read', () => {
    const record = encodeNotaryRecord({
      documentHash: new Uint8Array(32).fill(1),
      hashAlgorithm: 'sha256',
      label: 'x',
      height: 3n,
      timeNs: 4n,
    });
    const spaced = utf8(JSON.stringify(JSON.parse(new TextDecoder().decode(record)), null, 1));
    expect(() => decodeNotaryRecord(spaced)).toThrow(
      expect.objectContaining({ code: 'NOTARY_RECORD_MALFORMED' }),
    );
    expect(() => decodeNotaryRecord(utf8('[]'))).toThrow(
      expect.objectContaining({ code: 'NOTARY_RECORD_MALFORMED' }),
    );
  });
});
