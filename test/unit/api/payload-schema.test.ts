/** Payload schemas compiled into payload checks: JSON Schema (Ajv) and protobuf (protobufjs). */
import { describe, expect, it } from '@jest/globals';
import protobuf from 'protobufjs';
import { v1 } from '../../../proto/index.js';
import { compilePayloadSchema } from '../../../relayer/api/payload-schema.js';

const utf8 = new TextEncoder();
const PROTO = 'syntax = "proto3"; package agency; message Consent { string patient = 1; uint32 scope = 2; }';

describe('compilePayloadSchema', () => {
  it('behavior: JSON Schema accepts a fitting payload and explains a refusal', () => {
    const check = compilePayloadSchema({
      format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA,
      definition: utf8.encode(JSON.stringify({ type: 'object', required: ['patient'] })),
    });
    expect(check(utf8.encode('{"patient":"p"}'))).toBeUndefined();
    expect(check(utf8.encode('{}'))).toMatch(/patient/);
    expect(check(utf8.encode('not json'))).toMatch(/JSON/);
  });

  it('behavior: protobuf accepts an encoded message and refuses bytes that do not decode', () => {
    const check = compilePayloadSchema({
      format: v1.SchemaFormat.SCHEMA_FORMAT_PROTOBUF,
      definition: utf8.encode(PROTO),
      messageType: 'agency.Consent',
    });
    const Consent = protobuf.parse(PROTO).root.lookupType('agency.Consent');
    expect(check(Consent.encode({ patient: 'p', scope: 2 }).finish())).toBeUndefined();
    expect(check(Uint8Array.from([0x0a, 0x05, 0x61]))).toMatch(/does not decode/);
  });

  it('error: a bad definition, format or message type names its field', () => {
    const cases: [v1.IPayloadSchema, string][] = [
      [
        { format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA, definition: new Uint8Array(0) },
        'schema.definition',
      ],
      [
        { format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA, definition: utf8.encode('{"type":1}') },
        'schema.definition',
      ],
      [
        { format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA, definition: Uint8Array.from([0xff]) },
        'schema.definition',
      ],
      [
        {
          format: v1.SchemaFormat.SCHEMA_FORMAT_PROTOBUF,
          definition: utf8.encode('message {'),
          messageType: 'A',
        },
        'schema.definition',
      ],
      [
        { format: v1.SchemaFormat.SCHEMA_FORMAT_PROTOBUF, definition: utf8.encode(PROTO) },
        'schema.message_type',
      ],
      [
        {
          format: v1.SchemaFormat.SCHEMA_FORMAT_PROTOBUF,
          definition: utf8.encode(PROTO),
          messageType: 'agency.Other',
        },
        'schema.message_type',
      ],
      [{ format: v1.SchemaFormat.SCHEMA_FORMAT_UNSPECIFIED, definition: utf8.encode('{}') }, 'schema.format'],
    ];
    for (const [schema, field] of cases) {
      expect(() => compilePayloadSchema(schema)).toThrow(
        expect.objectContaining({ code: 'INVALID_FIELD', context: expect.objectContaining({ field }) }),
      );
    }
  });
});
