/**
 * The CometBFT adapter against the recorded answers of real single-validator
 * kvstore nodes, CometBFT v0.34, v0.37 and v0.38 (tendermint-rs a38e9f5
 * `rpc/tests/kvstore_fixtures`, read in place): an HTTP server on loopback
 * serves `/commit?height=10` and `/block?height=1|10` byte for byte from
 * the captures.
 *
 * Three routes have no capture and are built by the test: `/validators`
 * from genesis.json's one validator, in the documented /validators shape
 * (its set is the set of every height of these chains: it hashes to the
 * headers' validators_hash); `/status` from the header of height 10 (the
 * latest captured); `/block_results` as an empty block (no transactions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { CometBftLedger, type CometBftLedgerOptions } from '../../../adapters/cometbft/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  decodeIcs07Header,
  decodeLightBlock,
  encodeLightBlock,
  headerHash,
  parseHeader,
  parseRfc3339,
  validatorSetHash,
  verifyCommitLight,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, type v1 } from '../../../proto/index.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { jsonRpcError, jsonRpcResult, startFakeNode, type FakeNode, type Route } from './fake-node.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const silent = pino({ level: 'silent' });

interface Capture {
  readonly text: (name: string) => string;
  readonly result: (name: string) => Record<string, unknown>;
}

function capture(dir: string, version: string): Capture {
  const text = (name: string): string => readFileSync(join(dir, version, `${name}.json`), 'utf8');
  return {
    text,
    result: (name) => (JSON.parse(text(name)) as { result: Record<string, unknown> }).result,
  };
}

/** The routes of a node whose latest block is the captured height 10. */
function kvstoreRoutes(c: Capture, version: string): Record<string, Route> {
  const header = (c.result('commit_at_height_10').signed_header as { header: Record<string, unknown> })
    .header;
  const genesis = c.result('genesis').genesis as { validators: Record<string, unknown>[] };
  const beyond = (h: string): ReturnType<Route> =>
    jsonRpcError(
      -32603,
      'Internal error',
      `height ${h} must be less than or equal to the current blockchain height 10`,
    );
  return {
    status: () => ({
      body: jsonRpcResult({
        node_info: { network: header.chain_id, version: `${version.slice(1).replace('_', '.')}.0` },
        sync_info: {
          latest_block_height: '10',
          latest_block_time: header.time,
          earliest_block_height: '1',
          catching_up: false,
        },
      }),
    }),
    commit: (args) => {
      const h = args.get('height') ?? '10';
      if (h === '10') return { body: c.text('commit_at_height_10') };
      return Number(h) > 10 ? beyond(h) : jsonRpcError(-32603, 'Internal error', `no capture of ${h}`);
    },
    block: (args) => {
      const h = args.get('height') ?? '10';
      return h === '1' || h === '10'
        ? { body: c.text(`block_at_height_${h}`) }
        : jsonRpcError(-32603, 'Internal error', `no capture of ${h}`);
    },
    // CometBFT knows the set of latest + 1 (the next validators), not beyond.
    validators: (args) => {
      const h = args.get('height') ?? '11';
      if (Number(h) > 11) return beyond(h);
      return {
        body: jsonRpcResult({
          block_height: h,
          validators: genesis.validators.map((v) => ({
            address: v.address,
            pub_key: v.pub_key,
            voting_power: v.power,
            proposer_priority: '0',
          })),
          count: String(genesis.validators.length),
          total: String(genesis.validators.length),
        }),
      };
    },
    block_results: (args) => ({
      body: jsonRpcResult({ height: args.get('height'), txs_results: null, validator_updates: null }),
    }),
  };
}

describeWithFixtures(
  'tendermint-rs/rpc_kvstore',
  'integration: CometBFT adapter on recorded kvstore answers (tendermint-rs a38e9f5)',
  (dir) => {
    describe.each(['v0_34', 'v0_37', 'v0_38'])('CometBFT %s', (version) => {
      const c = capture(dir, version);
      const committed = c.result('commit_at_height_10').signed_header as { header: unknown };
      const header10 = parseHeader(committed.header);
      const header1 = parseHeader((c.result('block_at_height_1').block as { header: unknown }).header);
      let node: FakeNode;
      let ledger: CometBftLedger;

      beforeAll(async () => {
        node = await startFakeNode(kvstoreRoutes(c, version));
        const options: CometBftLedgerOptions = { endpoint: node.url, logger: silent, timeoutMs: 5_000 };
        ledger = new CometBftLedger(options);
      });
      afterAll(() => node.close());

      it('behavior: chain info and latest height come from /status', async () => {
        const info = await ledger.getChainInfo({});
        expect(info.chainId).toBe('dockerchain');
        expect(info.chainType).toBe('cometbft');
        expect(info.clientType).toBe('tendermint');
        expect(fromU64(info.latestHeight?.revision)).toBe(0n);
        expect(fromU64(info.latestHeight?.height)).toBe(10n);
        expect(fromU64(info.latestTimeNs)).toBe(parseRfc3339((committed.header as { time: string }).time));
        const latest = await ledger.getLatestHeight({});
        expect(fromU64(latest.height?.height)).toBe(10n);
        expect(fromU64(latest.timeNs)).toBe(header10.time);
      });

      it('behavior: the light block of height 10 hashes to its block id and its commit verifies', async () => {
        const block = await ledger.lightBlock(10n);
        const { header, commit } = block.signedHeader;
        expect(hex(headerHash(header))).toBe(hex(commit.blockId.hash));
        expect(hex(headerHash(header))).toBe(hex(headerHash(header10)));
        expect(hex(validatorSetHash(block.validatorSet))).toBe(hex(header.validatorsHash));
        expect(block.nextValidatorSet && hex(validatorSetHash(block.nextValidatorSet))).toBe(
          hex(header.nextValidatorsHash),
        );
        expect(verifyCommitLight(header.chainId, block.validatorSet, commit)).toMatchObject({
          signedPower: 10n,
          totalPower: 10n,
          verifiedSignatures: 1,
        });
        expect(node.requests).toEqual(
          expect.arrayContaining([
            'commit?height=10',
            'validators?height=10&page=1&per_page=100',
            'validators?height=11&page=1&per_page=100',
          ]),
        );
      });

      it('behavior: GetClientMessage bytes are the LightBlock protobuf of the target', async () => {
        const answer = await ledger.getClientMessage({ targetHeight: { height: toU64(10n) } });
        expect(fromU64(answer.height?.height)).toBe(10n);
        expect(answer.messages).toHaveLength(1);
        const [message] = answer.messages;
        expect(message?.clientType).toBe('tendermint');
        const bytes = message?.bytes ?? new Uint8Array(0);
        const decoded = decodeLightBlock(bytes);
        expect(hex(headerHash(decoded.signedHeader.header))).toBe(hex(headerHash(header10)));
        expect(
          verifyCommitLight('dockerchain', decoded.validatorSet, decoded.signedHeader.commit).signedPower,
        ).toBe(10n);
        // No trusted height asked: exactly the light block, nothing appended.
        expect(hex(bytes)).toBe(hex(encodeLightBlock(decoded)));
        expect(decodeIcs07Header(bytes).trusted).toBeUndefined();
      });

      it('behavior: with a trusted height the message also carries it and the validators of trusted + 1', async () => {
        const answer = await ledger.getClientMessage({
          trustedHeight: { height: toU64(1n) },
          targetHeight: { height: toU64(0n) }, // zero: the latest
        });
        const bytes = answer.messages[0]?.bytes ?? new Uint8Array(0);
        const ics07 = decodeIcs07Header(bytes);
        expect(fromU64(answer.height?.height)).toBe(10n);
        expect(ics07.trusted?.height).toBe(1n);
        expect(ics07.trusted?.revision).toBe(0n);
        // The trusted validators hash to the trusted header's next_validators_hash.
        expect(ics07.trusted && hex(validatorSetHash(ics07.trusted.validators))).toBe(
          hex(header1.nextValidatorsHash),
        );
        // Still readable as the plain light block of the target.
        expect(hex(headerHash(decodeLightBlock(bytes).signedHeader.header))).toBe(hex(headerHash(header10)));
        expect(node.requests).toContain('validators?height=2&page=1&per_page=100');
      });

      it('behavior: an event stream over the recorded heights checkpoints each block', async () => {
        const items: v1.StreamEventsResponse[] = [];
        for await (const item of ledger.streamEvents({ fromHeight: { height: toU64(8n) } })) items.push(item);
        expect(items.map((i) => fromU64(i.checkpoint?.height))).toEqual([8n, 9n, 10n]);
      });

      it('error: a height past the latest is HEIGHT_NOT_YET_AVAILABLE, retryable', async () => {
        const err = await ledger
          .getClientMessage({ targetHeight: { height: toU64(11n) } })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(IsthmusError);
        expect(err).toMatchObject({
          code: 'HEIGHT_NOT_YET_AVAILABLE',
          category: 'unavailable',
          retryable: true,
        });
      });

      it('args: a target not above the trusted height is INVALID_REQUEST before any call', async () => {
        const before = node.requests.length;
        const err = await ledger
          .getClientMessage({ trustedHeight: { height: toU64(10n) }, targetHeight: { height: toU64(10n) } })
          .catch((e: unknown) => e);
        expect(err).toMatchObject({ code: 'INVALID_REQUEST', category: 'invalid_argument' });
        expect(node.requests.length).toBe(before);
      });

      it('error: Submit is refused with SUBMIT_UNSUPPORTED', async () => {
        const err = await ledger.submit({ messages: [] }).catch((e: unknown) => e);
        expect(err).toMatchObject({
          code: 'SUBMIT_UNSUPPORTED',
          category: 'failed_precondition',
          retryable: false,
        });
      });
    });
  },
);
