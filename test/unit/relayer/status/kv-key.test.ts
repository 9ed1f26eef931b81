/** Packet ids as NATS KV keys: `<chain>.<channel>.<sequence>`, parts escaped `=HH`, one-to-one. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { packetIdFromKvKey, packetKvKey, packetSubject } from '../../../../relayer/status/index.js';

/** NATS KV (nats.js `validateKey`): these characters only, no "." at either end; no empty token. */
function natsKvKey(key: string): boolean {
  return /^[-/=.\w]+$/.test(key) && !key.startsWith('.') && !key.endsWith('.') && !key.includes('..');
}

/** Any non-empty part without "/" (the id's separator), over the whole of Unicode. */
const part = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((s) => !s.includes('/'));
const sequence = fc.bigInt({ min: 1n, max: (1n << 64n) - 1n });
const id = fc.tuple(part, part, sequence).map(([chain, channel, seq]) => `${chain}/${channel}/${seq}`);

describe('packet status KV keys', () => {
  it('behavior: a plain id keeps its parts, "/" becomes "."', () => {
    expect(packetKvKey('health-1/channel-0/12')).toBe('health-1.channel-0.12');
    expect(packetKvKey('a_b/c/1')).toBe('a_b.c.1');
  });

  it('behavior: bytes outside [A-Za-z0-9_-] are written =HH (as the subject writes ~HH)', () => {
    expect(packetKvKey('evm.1/channel-0/9')).toBe('evm=2E1.channel-0.9');
    expect(packetKvKey('a=b~c/ch an*>/3')).toBe('a=3Db=7Ec.ch=20an=2A=3E.3');
    expect(packetKvKey('médical/canal/5')).toBe('m=C3=A9dical.canal.5');
    expect(packetSubject('evm.1/channel-0/9')).toBe('isthmus.packets.evm~2E1.channel-0.9');
  });

  it.each([
    'health-1/channel-0/1',
    'evm.1/channel-7/18446744073709551615',
    'odd chain*>~=/ch.an.nel/42',
    'a..b/.c./7',
    'médical/canal_1/5',
    '🚀/ch=2E/3',
  ])('behavior: "%s" maps to a valid NATS KV key and back', (packet) => {
    const key = packetKvKey(packet);
    expect(natsKvKey(key)).toBe(true);
    expect(key.split('.')).toHaveLength(3);
    expect(packetIdFromKvKey(key)).toBe(packet);
  });

  it('behavior: every id round-trips through a valid key (property)', () => {
    fc.assert(
      fc.property(id, (packet) => {
        const key = packetKvKey(packet);
        return natsKvKey(key) && packetIdFromKvKey(key) === packet;
      }),
      { numRuns: 500 },
    );
  });

  it('behavior: distinct ids never share a key (property)', () => {
    fc.assert(
      fc.property(id, id, (x, y) => x === y || packetKvKey(x) !== packetKvKey(y)),
      { numRuns: 500 },
    );
    const ids = ['a.b/c/1', 'a=2Eb/c/1', 'a~2Eb/c/1', 'a/b.c/1', 'a/b/1'];
    expect(new Set(ids.map(packetKvKey)).size).toBe(ids.length);
  });

  it.each([
    'a.b',
    'a.b.c.1',
    'a.b.0',
    'a.b.01',
    'a..1',
    'a.b.x',
    'a=2.b.1',
    'a=2e.b.1',
    'a=41.b.1',
    'a~2E.b.1',
    'a=2Fb.c.1',
    '=FF.b.1',
  ])('error: "%s" is refused with INVALID_PACKET_KEY', (key) => {
    expect(() => packetIdFromKvKey(key)).toThrow(expect.objectContaining({ code: 'INVALID_PACKET_KEY' }));
  });

  it('error: a malformed id has no key (INVALID_PACKET_ID)', () => {
    expect(() => packetKvKey('a/b')).toThrow(expect.objectContaining({ code: 'INVALID_PACKET_ID' }));
  });
});
