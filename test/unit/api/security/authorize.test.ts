/** What each Relay method touches, and whether an identity's allow rules cover it. */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../../light-clients/index.js';
import { v1 } from '../../../../proto/index.js';
import { authorize } from '../../../../relayer/api/security/authorize.js';
import type { PolicyIdentity } from '../../../../relayer/api/security/index.js';
import { scopeOf } from '../../../../relayer/api/security/scope.js';

describe('unit: Relay API scopes', () => {
  it.each([
    [
      'sendMessage',
      scopeOf(
        'sendMessage',
        v1.SendMessageRequest.create({ sourceChain: 'h-1', sourceChannel: 'channel-0' }),
      ),
      { chain: 'h-1', channel: 'channel-0' },
    ],
    [
      'getMessage',
      scopeOf('getMessage', v1.GetMessageRequest.create({ messageId: 'h-1/channel-2/17' })),
      { chain: 'h-1', channel: 'channel-2' },
    ],
    [
      'getMessage, chain id with a slash',
      scopeOf('getMessage', v1.GetMessageRequest.create({ messageId: 'org/h-1/channel-2/17' })),
      { chain: 'org/h-1', channel: 'channel-2' },
    ],
    [
      'getMessage, unreadable id',
      scopeOf('getMessage', v1.GetMessageRequest.create({ messageId: 'nonsense' })),
      { chain: null, channel: null },
    ],
    [
      'watchMessages, no filter',
      scopeOf('watchMessages', v1.WatchMessagesRequest.create({})),
      { chain: null, channel: null },
    ],
    [
      'watchMessages, chain filter',
      scopeOf('watchMessages', v1.WatchMessagesRequest.create({ chainId: 'h-1' })),
      { chain: 'h-1', channel: null },
    ],
    [
      'queryState',
      scopeOf('queryState', v1.QueryStateRequest.create({ chainId: 'h-1', path: 'x' })),
      { chain: 'h-1' },
    ],
    [
      'getClient',
      scopeOf('getClient', v1.GetClientRequest.create({ chainId: 'h-1', clientId: 'c' })),
      { chain: 'h-1' },
    ],
    [
      'registerSchema',
      scopeOf(
        'registerSchema',
        v1.RegisterSchemaRequest.create({ schema: { chainId: 'h-1', channel: 'channel-0' } }),
      ),
      { chain: 'h-1', channel: 'channel-0' },
    ],
    [
      'registerSchema, no schema',
      scopeOf('registerSchema', v1.RegisterSchemaRequest.create({})),
      { chain: null, channel: null },
    ],
    ['notarize', scopeOf('notarize', v1.NotarizeRequest.create({ chainId: 'h-1' })), { chain: 'h-1' }],
    [
      'getEvidenceReceipt',
      scopeOf('getEvidenceReceipt', v1.GetEvidenceReceiptRequest.create({ recordId: 'h-1/abcd' })),
      { chain: 'h-1' },
    ],
    ['listChains', scopeOf('listChains', v1.ListChainsRequest.create({})), undefined],
    ['listPaths', scopeOf('listPaths', v1.ListPathsRequest.create({})), undefined],
    ['catalog', scopeOf('catalog', v1.CatalogRequest.create({})), undefined],
  ])('args: %s', (_name, scope, expected) => {
    expect(scope).toEqual(expected);
  });
});

describe('unit: Relay API authorisation', () => {
  const agency: PolicyIdentity = {
    name: 'agency',
    allow: [
      { methods: ['SendMessage', 'WatchMessages'], chains: ['h-1'], channels: ['channel-0'] },
      { methods: ['QueryState'], chains: ['h-1', 'm-1'], channels: ['channel-0'] },
      { methods: ['ListChains'] },
      { methods: ['*'], chains: ['sandbox-1'] },
    ],
  };
  const nobody: PolicyIdentity = { name: 'nobody', allow: [] };

  it.each([
    ['SendMessage', { chain: 'h-1', channel: 'channel-0' }],
    ['WatchMessages', { chain: 'h-1', channel: 'channel-0' }],
    // Channel limits do not apply to methods about a whole chain.
    ['QueryState', { chain: 'm-1' }],
    ['ListChains', undefined],
    ['Notarize', { chain: 'sandbox-1' }],
    ['WatchMessages', { chain: 'sandbox-1', channel: null }],
    // Methods that touch no one chain are granted by any rule naming them, '*' included.
    ['ListPaths', undefined],
  ])('behavior: %s %j is allowed', (method, scope) => {
    expect(() => authorize(agency, method, scope)).not.toThrow();
  });

  it.each([
    ['SendMessage', { chain: 'e-1', channel: 'channel-0' }],
    ['SendMessage', { chain: 'h-1', channel: 'channel-1' }],
    ['WatchMessages', { chain: 'h-1', channel: null }],
    ['WatchMessages', { chain: null, channel: null }],
    ['Notarize', { chain: 'h-1' }],
  ])('error: %s %j is PERMISSION_DENIED', (method, scope) => {
    let err: unknown;
    try {
      authorize(agency, method, scope);
    } catch (e) {
      err = e;
    }
    expect(IsthmusError.is(err, 'PERMISSION_DENIED')).toBe(true);
    expect((err as IsthmusError).category).toBe('permission_denied');
    expect((err as IsthmusError).context.method).toBe(method);
  });

  it('behavior: an identity without rules may call nothing', () => {
    expect(() => authorize(nobody, 'ListChains', undefined)).toThrow('nobody may not call ListChains');
  });
});
