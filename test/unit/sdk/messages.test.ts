/**
 * Message ids, status names and verdicts (relayer/sdk/messages.ts), and the
 * resuming watch (relayer/sdk/watch.ts) over scripted streams and a
 * runtime that does not sleep.
 */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../light-clients/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import {
  MessageWatch,
  messageIdOf,
  messageStatus,
  messageStatusName,
  parseMessageId,
  SdkErrorCode,
  statusVerdict,
  type MessageStatusName,
  type ResumePolicy,
} from '../../../relayer/sdk/index.js';
import type { RetryRuntime } from '../../../adapters/index.js';

describe('message ids', () => {
  it('behavior: messageIdOf a bigint reference and of a wire packet agree, and parse back', () => {
    const ref = { sourceChain: 'health-1', sourceChannel: 'channel-0', sequence: 42n };
    const packet: v1.IPacket = { sourceChain: 'health-1', sourceChannel: 'channel-0', sequence: toU64(42n) };
    expect(messageIdOf(ref)).toBe('health-1/channel-0/42');
    expect(messageIdOf(packet)).toBe('health-1/channel-0/42');
    expect(parseMessageId('health-1/channel-0/42')).toEqual(ref);
  });

  it('behavior: a chain id with a slash parses from the right', () => {
    expect(parseMessageId('agency/health-1/channel-7/18446744073709551615')).toEqual({
      sourceChain: 'agency/health-1',
      sourceChannel: 'channel-7',
      sequence: 18_446_744_073_709_551_615n,
    });
  });

  it.each([
    '',
    'health-1',
    'health-1/channel-0',
    '/channel-0/1',
    'health-1//1',
    'health-1/channel-0/0',
    'a/b/x',
  ])('error: %j is SDK_MESSAGE_ID_INVALID', (id) => {
    expect(() => parseMessageId(id)).toThrow(
      expect.objectContaining({ code: SdkErrorCode.MessageIdInvalid }),
    );
  });
});

describe('statuses', () => {
  it('behavior: names and wire values map both ways; UNSPECIFIED has no name', () => {
    for (const name of ['sent', 'received', 'acknowledged', 'timed_out', 'failed'] as const) {
      expect(messageStatusName(messageStatus(name))).toBe(name);
    }
    expect(messageStatusName(v1.MessageStatus.MESSAGE_STATUS_UNSPECIFIED)).toBeUndefined();
  });

  it.each<[MessageStatusName | undefined, MessageStatusName, string]>([
    [undefined, 'sent', 'pending'],
    ['sent', 'sent', 'reached'],
    ['received', 'sent', 'reached'],
    ['acknowledged', 'received', 'reached'],
    ['sent', 'acknowledged', 'pending'],
    ['received', 'acknowledged', 'pending'],
    ['timed_out', 'acknowledged', 'unreachable'],
    ['failed', 'received', 'unreachable'],
    ['acknowledged', 'timed_out', 'unreachable'],
    ['sent', 'timed_out', 'pending'],
    ['timed_out', 'timed_out', 'reached'],
  ])('behavior: at %s, waiting for %s is %s', (current, target, verdict) => {
    expect(statusVerdict(current, target)).toBe(verdict);
  });
});

const noSleep: RetryRuntime = { now: () => 0, random: () => 0.5, sleep: () => Promise.resolve() };
const policy: ResumePolicy = { maxAttempts: 3, initialBackoffMs: 10, maxBackoffMs: 100, multiplier: 2 };
const update = (cursor: string): v1.WatchMessagesResponse =>
  v1.WatchMessagesResponse.create({ message: { messageId: `health-1/channel-0/${cursor}` }, cursor });
const dropped = (): IsthmusError => new IsthmusError('STREAM_RESET', 'dropped', { category: 'unavailable' });

/** A stream factory that plays one script per open and records each request's cursor. */
function scripted(scripts: readonly (readonly (v1.WatchMessagesResponse | IsthmusError)[])[]) {
  const cursors: string[] = [];
  let opened = 0;
  const open = (req: v1.IWatchMessagesRequest): AsyncIterable<v1.WatchMessagesResponse> => {
    cursors.push(req.cursor ?? '');
    const script = scripts[opened] ?? [];
    opened += 1;
    return (async function* () {
      for (const step of script) {
        if (step instanceof IsthmusError) throw step;
        yield step;
      }
    })();
  };
  return { open, cursors };
}

async function collect(watch: MessageWatch, limit = 100): Promise<string[]> {
  const seen: string[] = [];
  for await (const u of watch) {
    seen.push(u.cursor);
    if (seen.length >= limit) break;
  }
  return seen;
}

describe('MessageWatch', () => {
  it('behavior: after a transient failure it reopens from the last cursor, and ends when the stream ends', async () => {
    const { open, cursors } = scripted([[update('1'), update('2'), dropped()], [dropped()], [update('3')]]);
    const watch = new MessageWatch(open, { cursor: '' }, { policy, runtime: noSleep });
    expect(await collect(watch)).toEqual(['1', '2', '3']);
    expect(cursors).toEqual(['', '2', '2']);
    expect(watch.cursor).toBe('3');
  });

  it('error: gives up after maxAttempts failed streams in a row, with the last failure', async () => {
    const { open, cursors } = scripted([
      [update('1'), dropped()],
      [dropped()],
      [dropped()],
      [update('never')],
    ]);
    const watch = new MessageWatch(open, { cursor: '0' }, { policy, runtime: noSleep });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const u of watch) seen.push(u.cursor);
      })(),
    ).rejects.toMatchObject({ code: 'STREAM_RESET' });
    expect(seen).toEqual(['1']);
    expect(cursors).toEqual(['0', '1', '1']);
  });

  it('error: a failure that is not transient ends the watch at once', async () => {
    const denied = new IsthmusError('PERMISSION_DENIED', 'no', { category: 'permission_denied' });
    const { open, cursors } = scripted([[denied], [update('never')]]);
    const watch = new MessageWatch(open, {}, { policy, runtime: noSleep });
    await expect(collect(watch)).rejects.toBe(denied);
    expect(cursors).toEqual(['']);
  });

  it('behavior: cancel() ends the loop quietly; a second iteration is SDK_WATCH_REUSED', async () => {
    const { open } = scripted([[update('1'), update('2'), update('3')]]);
    const watch = new MessageWatch(open, {}, { policy, runtime: noSleep });
    const seen: string[] = [];
    for await (const u of watch) {
      seen.push(u.cursor);
      watch.cancel();
    }
    expect(seen).toEqual(['1']);
    await expect(collect(watch)).rejects.toMatchObject({ code: SdkErrorCode.WatchReused });
  });
});
