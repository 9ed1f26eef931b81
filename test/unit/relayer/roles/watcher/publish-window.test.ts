/**
 * The watcher's publishes in flight (relayer/roles/watcher publish-window.ts):
 * started without waiting for each other, never more than the limit at once,
 * and a failure surfaces at the next add or drain instead of going unhandled.
 */
import { describe, expect, it } from '@jest/globals';
import { PublishWindow } from '../../../../../relayer/roles/watcher/publish-window.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A publish the test settles by hand. */
function manual(): { start: () => Promise<void>; ack: () => void; fail: (err: Error) => void } {
  let ack = (): void => undefined;
  let fail = (_err: Error): void => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    ack = resolve;
    fail = reject;
  });
  return { start: () => promise, ack: () => ack(), fail: (err) => fail(err) };
}

describe('PublishWindow', () => {
  it('behavior: publishes run together up to the limit; drain waits for all of them', async () => {
    const window = new PublishWindow(2);
    const [a, b, c] = [manual(), manual(), manual()];
    await window.add(a.start);
    await window.add(b.start);
    let thirdStarted = false;
    const third = window.add(() => {
      thirdStarted = true;
      return c.start();
    });
    await tick();
    expect(thirdStarted).toBe(false);
    a.ack();
    await third;
    expect(thirdStarted).toBe(true);
    let drained = false;
    const draining = window.drain().then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    b.ack();
    c.ack();
    await draining;
    expect(drained).toBe(true);
  });

  it('error: a failed publish is thrown by drain, and by the next add', async () => {
    const window = new PublishWindow(4);
    const [a, b] = [manual(), manual()];
    await window.add(a.start);
    await window.add(b.start);
    a.fail(new Error('BUS_UNAVAILABLE'));
    b.ack();
    await expect(window.drain()).rejects.toThrow('BUS_UNAVAILABLE');
    await expect(window.add(() => Promise.resolve())).rejects.toThrow('BUS_UNAVAILABLE');
    await expect(window.settled()).resolves.toBeUndefined();
  });
});
