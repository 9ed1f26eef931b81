/**
 * The EVM ledger adapter's configuration: defaults, the committee's rules
 * (threshold within the members, at least one key held here), keys checked
 * as secp256k1 keys, and every problem reported at once with its path.
 */
import { describe, expect, it } from '@jest/globals';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { parseEvmLedgerConfig } from '../../../adapters/evm/config.js';

const key = (n: number): string => n.toString(16).padStart(2, '0').repeat(32);
const pub = (n: number): string =>
  Buffer.from(secp256k1.getPublicKey(Buffer.from(key(n), 'hex'), true)).toString('hex');

const valid = {
  chainId: 'agency-evm',
  rpcUrl: 'http://127.0.0.1:8545',
  evmChainId: 1337,
  contract: '0x' + 'Ab'.repeat(20),
  sender: { privateKey: key(1) },
  committee: {
    threshold: 2,
    members: [{ privateKey: key(2) }, { publicKey: pub(3) }, { publicKey: pub(4) }],
  },
};

function issues(doc: unknown): { path: string; message: string }[] {
  try {
    parseEvmLedgerConfig(doc);
  } catch (err) {
    return (err as { context: { issues: { path: string; message: string }[] } }).context.issues;
  }
  throw new Error('the configuration was accepted');
}

describe('parseEvmLedgerConfig', () => {
  it('behavior: fills the defaults and normalises the contract address and chain id', () => {
    const config = parseEvmLedgerConfig(valid);
    expect(config).toMatchObject({
      evmChainId: 1337n,
      contract: '0x' + 'ab'.repeat(20),
      listen: '127.0.0.1:26800',
      confirmations: 0,
      pollIntervalMs: 500,
      sender: { confirmations: 1, replaceAfterMs: 15_000, feeBumpPercent: 12.5, maxReplacements: 5 },
    });
    expect(config.committee.members).toHaveLength(3);
  });

  it('error: a threshold above the members and a committee without a held key are CONFIG_INVALID', () => {
    expect(issues({ ...valid, committee: { ...valid.committee, threshold: 4 } })).toEqual([
      { path: 'committee.threshold', message: 'the threshold 4 exceeds the 3 members' },
    ]);
    expect(
      issues({ ...valid, committee: { threshold: 1, members: [{ publicKey: pub(3) }] } }).map((i) => i.path),
    ).toEqual(['committee.members']);
  });

  it('error: keys that are not secp256k1 keys, unknown keys and bad fields are each reported', () => {
    const found = issues({
      ...valid,
      rpcUrl: 'ftp://node',
      feeBump: 1,
      sender: { privateKey: '00'.repeat(32), feeBumpPercent: 5 },
      committee: { threshold: 1, members: [{ privateKey: key(2) }, { publicKey: '02' + '00'.repeat(32) }] },
    }).map((i) => i.path);
    expect(found).toEqual(
      expect.arrayContaining([
        'rpcUrl',
        'feeBump',
        'sender.privateKey',
        'sender.feeBumpPercent',
        'committee.members.1.publicKey',
      ]),
    );
  });

  it('behavior: the contract may be absent (to deploy one)', () => {
    const { contract: _, ...rest } = valid;
    expect(parseEvmLedgerConfig(rest).contract).toBeUndefined();
  });
});
