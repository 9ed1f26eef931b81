/**
 * The devnet chain core: deterministic validator keys, CometBFT headers the
 * tendermint light client verifies, the app hash of h in the header of
 * h+1, validator-set changes effective as in CometBFT, and per-message
 * atomicity of a batch.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { verify, createPublicKey } from 'node:crypto';
import {
  validatorSetHash,
  verifyLightBlock,
  type LightBlock,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, v1 } from '../../../proto/index.js';
import {
  DevnetChain,
  deriveValidatorKey,
  genesisFromJson,
  genesisToJson,
  makeGenesis,
} from '../../../adapters/devnet/index.js';

const GENESIS_TIME = 1_764_000_000_000_000_000n;
const logger = pino({ level: 'silent' });
const SECOND = 1_000_000_000n;

function chain(validators = 4): DevnetChain {
  let now = GENESIS_TIME;
  return new DevnetChain({
    genesis: makeGenesis({
      chainId: 'health-1',
      genesisTimeNs: GENESIS_TIME,
      validators,
      appState: [{ key: 'devnet/name', value: new TextEncoder().encode('health') }],
    }),
    logger,
    clock: () => (now += SECOND),
  });
}

const options = { chainId: 'health-1', trustingPeriod: 3600n * SECOND, maxClockDrift: 10n * SECOND };

function trustedOf(block: LightBlock) {
  const h = block.signedHeader.header;
  return {
    height: h.height,
    time: h.time,
    nextValidatorsHash: h.nextValidatorsHash,
    ...(block.nextValidatorSet ? { nextValidators: block.nextValidatorSet } : {}),
  };
}

describe('devnet keys and genesis', () => {
  it('behavior: keys are derived from seed, chain id and index, and sign ed25519', () => {
    const a = deriveValidatorKey('s', 'health-1', 0);
    expect(deriveValidatorKey('s', 'health-1', 0).publicKey).toEqual(a.publicKey);
    expect(deriveValidatorKey('s', 'health-1', 1).publicKey).not.toEqual(a.publicKey);
    expect(deriveValidatorKey('s', 'edu-1', 0).publicKey).not.toEqual(a.publicKey);
    expect(deriveValidatorKey('t', 'health-1', 0).publicKey).not.toEqual(a.publicKey);
    const message = new TextEncoder().encode('vote');
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), a.publicKey]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(verify(null, message, key, a.sign(message))).toBe(true);
  });

  it('behavior: a genesis survives its JSON form', () => {
    const genesis = makeGenesis({ chainId: 'edu-1', genesisTimeNs: GENESIS_TIME + 123n, validators: 3 });
    expect(genesisFromJson(genesisToJson(genesis))).toEqual(genesis);
    expect(genesis.validators.map((v) => v.power)).toEqual([10n, 10n, 10n]);
  });

  it('error: a malformed genesis is refused with every problem', () => {
    expect(() => genesisFromJson('{"chain_id": ""}')).toThrow(
      expect.objectContaining({ code: 'GENESIS_INVALID' }),
    );
    expect(() => genesisFromJson('nope')).toThrow(expect.objectContaining({ code: 'GENESIS_INVALID' }));
  });
});

describe('DevnetChain', () => {
  it('behavior: heights and times increase, adjacent headers verify, app hash lags one block', () => {
    const c = chain();
    const blocks = [c.produceBlock(), c.produceBlock(), c.produceBlock()];
    expect(blocks.map((b) => b.height)).toEqual([1n, 2n, 3n]);
    expect(blocks[0]?.timeNs).toBe(GENESIS_TIME);
    expect(blocks[0]?.signedHeader.header.appHash).toEqual(new Uint8Array(0));
    for (let h = 2n; h <= 3n; h++) {
      const header = c.block(h).signedHeader.header;
      expect(header.appHash).toEqual(c.block(h - 1n).appHash);
      expect(header.lastBlockId).toEqual(c.block(h - 1n).signedHeader.commit.blockId);
      expect(header.time > c.block(h - 1n).timeNs).toBe(true);
      const now = header.time + SECOND;
      const verified = verifyLightBlock(trustedOf(c.lightBlock(h - 1n)), c.lightBlock(h), options, now);
      expect(verified.adjacent).toBe(true);
    }
    expect(c.getAt(1n, new TextEncoder().encode('devnet/name'))).toEqual(new TextEncoder().encode('health'));
  });

  it('behavior: a validator update in block h changes next_validators_hash of h+1 and the set from h+2', async () => {
    const c = chain();
    c.produceBlock();
    const newKey = deriveValidatorKey('isthmus-devnet', 'health-1', 7).publicKey;
    const oldKey = deriveValidatorKey('isthmus-devnet', 'health-1', 0).publicKey;
    const res = await c.submit({
      messages: [
        {
          setValidators: {
            updates: [
              { ed25519PubKey: newKey, power: 40 },
              { ed25519PubKey: oldKey, power: 0 },
            ],
          },
        },
      ],
    });
    expect(res.results.map((r) => r.code)).toEqual([v1.ResultCode.RESULT_CODE_OK]);
    const h = fromU64(res.height?.height);
    for (let i = 0; i < 3; i++) c.produceBlock();
    const before = c.block(h).validatorSet;
    expect(c.block(h).signedHeader.header.nextValidatorsHash).toEqual(validatorSetHash(before));
    expect(c.block(h + 1n).validatorSet).toEqual(before);
    expect(c.block(h + 1n).signedHeader.header.nextValidatorsHash).not.toEqual(validatorSetHash(before));
    const after = c.block(h + 2n).validatorSet;
    expect(after.validators.map((v) => v.votingPower)).toEqual([40n, 10n, 10n, 10n]);
    // Adjacent steps across the change, and one skipping step over it (the new validator holds 4/7).
    for (let k = h; k < h + 3n; k++) {
      verifyLightBlock(
        trustedOf(c.lightBlock(k)),
        c.lightBlock(k + 1n),
        options,
        c.block(k + 1n).timeNs + SECOND,
      );
    }
    const skip = verifyLightBlock(
      trustedOf(c.lightBlock(1n)),
      c.lightBlock(h + 3n),
      options,
      c.block(h + 3n).timeNs + SECOND,
    );
    expect(skip.adjacent).toBe(false);
  });

  it('error: unsupported and invalid messages are rejected without failing the others', async () => {
    const c = chain();
    const key = deriveValidatorKey('isthmus-devnet', 'health-1', 5).publicKey;
    const res = await c.submit({
      messages: [
        { sendPacket: { sourceChannel: 'ch-0', app: 'records', payload: Uint8Array.of(1) } },
        { setValidators: { updates: [{ ed25519PubKey: new Uint8Array(32).fill(9), power: 10 }] } },
        { setValidators: { updates: [{ ed25519PubKey: key, power: 10 }] } },
        {},
      ],
    });
    expect(res.results.map((r) => [r.code, r.errorCode])).toEqual([
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'VALIDATOR_KEY_UNKNOWN'],
      [v1.ResultCode.RESULT_CODE_OK, ''],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
    ]);
    expect(res.txId).toMatch(/^[0-9A-F]{64}$/);
    c.produceBlock();
    c.produceBlock();
    expect(c.block(3n).validatorSet.validators).toHaveLength(5);
  });

  it('error: a block past the tip is not found', () => {
    const c = chain(1);
    c.produceBlock();
    expect(() => c.block(2n)).toThrow(
      expect.objectContaining({ code: 'HEIGHT_NOT_FOUND', category: 'not_found' }),
    );
  });
});

describe('DevnetChain on a timer', () => {
  it('behavior: a submission waits for the next timed block; stop ends production', async () => {
    const c = chain(1);
    c.start(5);
    try {
      const res = await c.submit({ messages: [{ recvPacket: {} }] });
      expect(fromU64(res.height?.height)).toBeGreaterThanOrEqual(1n);
      await c.waitForHeight(fromU64(res.height?.height) + 1n);
    } finally {
      c.stop();
    }
    const stopped = c.latestHeight;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(c.latestHeight).toBe(stopped);
  });

  it('behavior: waitForHeight ends when its signal aborts', async () => {
    const c = chain(1);
    const controller = new AbortController();
    const waiting = c.waitForHeight(5n, controller.signal);
    controller.abort();
    await waiting;
    expect(c.latestHeight).toBe(0n);
  });
});
