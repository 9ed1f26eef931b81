/**
 * The TypeScript method tables that bind gRPC to the generated messages must
 * say exactly what the `.proto` files say: every method, its path, its
 * request and response types, and whether it streams.
 */
import { describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { ledgerMethods } from '../../../adapters/index.js';
import type { AnyMethodSpec } from '../../../adapters/grpc/service.js';
import { v1 } from '../../../proto/index.js';
import { relayMethods } from '../../../relayer/api/relay-definition.js';

const protoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'proto');

function loadService(file: string, name: string): protobuf.Service {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(protoDir, target);
  root.loadSync(file, { keepCase: false });
  return root.lookupService(name);
}

const tables: Array<[string, string, Readonly<Record<string, AnyMethodSpec>>]> = [
  ['isthmus/v1/ledger.proto', 'isthmus.v1.Ledger', ledgerMethods],
  ['isthmus/v1/relay.proto', 'isthmus.v1.Relay', relayMethods],
];

describe.each(tables)('contract: %s service %s', (file, serviceName, table) => {
  const service = loadService(file, serviceName);
  const messageTypes = v1 as unknown as Record<string, unknown>;

  it('has one table entry per method, with the same names', () => {
    const fromProto = service.methodsArray.map((m) => m.name).sort();
    const fromTable = Object.values(table)
      .map((m) => m.path.split('/').pop())
      .sort();
    expect(fromTable).toEqual(fromProto);
  });

  it.each(service.methodsArray.map((m) => [m.name, m] as const))(
    '%s: path, types and streaming match',
    (name, method) => {
      const entry = Object.values(table).find((m) => m.path === `/${serviceName}/${name}`);
      expect(entry).toBeDefined();
      const short = (t: string): string => t.split('.').pop() ?? t;
      expect(entry?.requestType).toBe(messageTypes[short(method.requestType)]);
      expect(entry?.responseType).toBe(messageTypes[short(method.responseType)]);
      expect(entry?.responseStream).toBe(Boolean(method.responseStream));
      expect(method.requestStream).toBeFalsy();
    },
  );
});
