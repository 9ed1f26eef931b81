/**
 * The Relay API's edges: QueryState against a lying endpoint (a tampered
 * proof or value is an error, never a value), malformed and random request
 * bytes to every method (the server answers each with a status and keeps
 * serving), and the standard health and reflection services.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Client } from '@grpc/grpc-js';
import {
  credentials,
  loadPackageDefinition,
  Metadata,
  status as GrpcStatus,
  type GrpcObject,
  type ServiceClientConstructor,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import fc from 'fast-check';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { receiptPath } from '../../../adapters/devnet/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { createRelayService, relayMethods } from '../../../relayer/api/index.js';
import { wrapLedger } from '../relayer/delivery/ledger-wrappers.js';
import { CHANNEL, logger, RelayDeployment } from './relay-fixture.js';

let d: RelayDeployment;

beforeAll(async () => {
  d = new RelayDeployment();
  await d.open();
}, 30_000);

afterAll(async () => {
  await d?.close();
});

describe('QueryState against a lying endpoint', () => {
  const lying = (tamper: (res: v1.QueryProofResponse) => v1.QueryProofResponse) =>
    createRelayService({
      config: d.config,
      ledgerOf: (id) =>
        id === d.main
          ? wrapLedger(d.ledger(id), {
              queryProof: async (req, ctx) => tamper(await d.ledger(id).queryProof(req, ctx)),
            })
          : d.ledger(id),
      status: d.relayer.status,
      bus: d.relayer.drivers.bus,
      logger,
    });

  it('error: a proof with a flipped byte, a swapped value, or a claimed absence is STATE_PROOF_INVALID, with no value', async () => {
    const sent = await d.call('sendMessage', {
      sourceChain: d.health,
      sourceChannel: CHANNEL,
      app: 'records',
      payload: new TextEncoder().encode('lie'),
      timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
    });
    const sequence = BigInt(sent.packet?.sequence?.toString() ?? '0');
    const path = receiptPath(CHANNEL, sequence);
    // Wait until main has the receipt and health's client of main has seen it.
    let honest: v1.QueryStateResponse | undefined;
    for (let i = 0; i < 200 && honest?.exists !== true; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      honest = await d.call('queryState', { chainId: d.main, path }).catch(() => undefined);
    }
    expect(honest?.verdict?.verified).toBe(true);
    const tampers: ((res: v1.QueryProofResponse) => v1.QueryProofResponse)[] = [
      (res) => {
        const bytes = Uint8Array.from(res.proof?.bytes ?? []);
        bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
        return v1.QueryProofResponse.create({ ...res, proof: { ...res.proof, bytes } });
      },
      (res) => v1.QueryProofResponse.create({ ...res, value: new TextEncoder().encode('forged') }),
      (res) => v1.QueryProofResponse.create({ ...res, exists: false, value: new Uint8Array(0) }),
    ];
    for (const tamper of tampers) {
      const service = await lying(tamper);
      const call = service.queryState(v1.QueryStateRequest.create({ chainId: d.main, path }), {});
      await expect(call).rejects.toMatchObject({ code: 'STATE_PROOF_INVALID', category: 'verification' });
    }
  }, 40_000);
});

describe('malformed requests', () => {
  const raw = (path: string, bytes: Uint8Array, stream: boolean): Promise<number> =>
    new Promise((resolve) => {
      const options = { deadline: new Date(Date.now() + 1_000) };
      const identity = (b: Buffer): Buffer => b;
      if (stream) {
        const call = d.client.makeServerStreamRequest(
          path,
          identity,
          identity,
          Buffer.from(bytes),
          new Metadata(),
          options,
        );
        call.on('data', () => call.cancel());
        call.on('error', (err: { code: number }) => resolve(err.code));
        call.on('end', () => resolve(GrpcStatus.OK));
      } else {
        d.client.makeUnaryRequest(
          path,
          identity,
          identity,
          Buffer.from(bytes),
          new Metadata(),
          options,
          (err) => resolve(err?.code ?? GrpcStatus.OK),
        );
      }
    });

  it('behavior: malformed and random bytes to every method get a status other than INTERNAL, and the server keeps serving', async () => {
    const garbage = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f]);
    for (const m of Object.values(relayMethods)) {
      expect(await raw(m.path, garbage, m.responseStream)).toBe(GrpcStatus.INVALID_ARGUMENT);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(relayMethods)),
        fc.uint8Array({ maxLength: 256 }),
        async (m, bytes) => {
          const code = await raw(m.path, bytes, m.responseStream);
          expect([GrpcStatus.INTERNAL, GrpcStatus.UNKNOWN]).not.toContain(code);
        },
      ),
      { numRuns: 150 },
    );
    expect((await d.call('listPaths', {})).paths).toHaveLength(1);
  }, 40_000);
});

describe('health and reflection', () => {
  const require = createRequire(import.meta.url);
  const reflectionProto = join(dirname(require.resolve('@grpc/reflection/package.json')), 'build/proto');

  function clientOf(file: string, includeDir: string, service: string): Client {
    const loaded = loadPackageDefinition(loadSync(file, { includeDirs: [includeDir], enums: String }));
    let node: unknown = loaded;
    for (const part of service.split('.')) node = (node as GrpcObject)[part];
    return new (node as ServiceClientConstructor)(d.api.address, credentials.createInsecure());
  }

  it('behavior: reflection lists isthmus.v1.Relay and describes it; health answers SERVING, then NOT_SERVING', async () => {
    const reflection = clientOf(
      'grpc/reflection/v1/reflection.proto',
      reflectionProto,
      'grpc.reflection.v1.ServerReflection',
    );
    const ask = (request: object): Promise<Record<string, unknown>> =>
      new Promise((resolve, reject) => {
        const call = (
          reflection as unknown as {
            ServerReflectionInfo(): NodeJS.ReadWriteStream & { write(o: object): void; end(): void };
          }
        ).ServerReflectionInfo();
        call.on('data', (response: Record<string, unknown>) => {
          resolve(response);
          call.end();
        });
        call.on('error', reject);
        call.write(request);
      });
    const listed = await ask({ listServices: '' });
    const names = ((listed.listServicesResponse as { service: { name: string }[] }).service ?? []).map(
      (s) => s.name,
    );
    expect(names).toEqual(expect.arrayContaining(['isthmus.v1.Relay', 'grpc.health.v1.Health']));
    const described = await ask({ fileContainingSymbol: 'isthmus.v1.Relay' });
    expect(
      (described.fileDescriptorResponse as { fileDescriptorProto: Buffer[] }).fileDescriptorProto.length,
    ).toBeGreaterThan(0);
    reflection.close();

    const health = clientOf(
      healthProtoPath,
      dirname(healthProtoPath),
      'grpc.health.v1.Health',
    ) as unknown as Client & {
      check(req: object, cb: (err: Error | null, res?: { status: string }) => void): void;
    };
    const check = (service: string): Promise<string> =>
      new Promise((resolve, reject) =>
        health.check({ service }, (err, res) => (err ? reject(err) : resolve(res?.status ?? ''))),
      );
    expect(await check('isthmus.v1.Relay')).toBe('SERVING');
    expect(await check('')).toBe('SERVING');
    d.api.setServing(false);
    expect(await check('isthmus.v1.Relay')).toBe('NOT_SERVING');
    d.api.setServing(true);
    health.close();
  });
});
