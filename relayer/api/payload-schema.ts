/**
 * Payload schemas (relay.proto `PayloadSchema`) compiled into checks of a
 * payload: JSON Schema with Ajv (payloads are UTF-8 JSON), protobuf with
 * protobufjs (the `.proto` text parsed, `message_type` looked up; a payload
 * must decode as it and pass `verify`). A schema that cannot be compiled
 * is refused with the field at fault.
 *
 * Ajv refuses unknown keywords (`strictSchema`), so a misspelt keyword is
 * an error rather than silently ignored; its stylistic checks (a
 * `required` property left undeclared, loose types) are off, since valid
 * schemas break them. `format` is not checked (no format vocabulary is
 * loaded), so schemas that use it still register.
 */
import { Ajv } from 'ajv';
import protobuf from 'protobufjs';
import { v1 } from '../../proto/index.js';
import { invalidField } from './errors.js';

/** Why `payload` does not fit, or undefined when it does. */
export type PayloadCheck = (payload: Uint8Array) => string | undefined;

/** Largest schema definition accepted. */
export const MAX_DEFINITION_BYTES = 256 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function compilePayloadSchema(schema: v1.IPayloadSchema): PayloadCheck {
  const definition = schema.definition ?? new Uint8Array(0);
  if (definition.length === 0) throw invalidField('schema.definition', 'is empty');
  if (definition.length > MAX_DEFINITION_BYTES) {
    throw invalidField('schema.definition', `is larger than ${MAX_DEFINITION_BYTES} bytes`);
  }
  let text: string;
  try {
    text = utf8.decode(definition);
  } catch {
    throw invalidField('schema.definition', 'is not UTF-8 text');
  }
  switch (schema.format) {
    case v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA:
      return jsonSchemaCheck(text);
    case v1.SchemaFormat.SCHEMA_FORMAT_PROTOBUF:
      return protobufCheck(text, schema.messageType ?? '');
    default:
      throw invalidField('schema.format', 'must be SCHEMA_FORMAT_PROTOBUF or SCHEMA_FORMAT_JSON_SCHEMA');
  }
}

function jsonSchemaCheck(text: string): PayloadCheck {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    throw invalidField('schema.definition', `is not JSON: ${(err as Error).message}`);
  }
  if (typeof document !== 'object' && typeof document !== 'boolean') {
    throw invalidField('schema.definition', 'is not a JSON Schema (an object or a boolean)');
  }
  // One Ajv per schema: a shared one would refuse a second schema with the same $id.
  const ajv = new Ajv({
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateFormats: false,
    // Ajv would warn on the console.
    logger: false,
  });
  let validate: ReturnType<Ajv['compile']>;
  try {
    validate = ajv.compile(document as object | boolean);
  } catch (err) {
    throw invalidField('schema.definition', `is not a valid JSON Schema: ${(err as Error).message}`);
  }
  return (payload) => {
    let value: unknown;
    try {
      value = JSON.parse(utf8.decode(payload));
    } catch {
      return 'is not UTF-8 JSON';
    }
    return validate(value) ? undefined : ajv.errorsText(validate.errors, { dataVar: 'payload' });
  };
}

function protobufCheck(text: string, messageType: string): PayloadCheck {
  if (messageType === '') throw invalidField('schema.message_type', 'is empty for a protobuf schema');
  let root: protobuf.Root;
  try {
    root = protobuf.parse(text, { keepCase: true }).root;
    root.resolveAll();
  } catch (err) {
    throw invalidField('schema.definition', `is not valid .proto source: ${(err as Error).message}`);
  }
  let type: protobuf.Type;
  try {
    type = root.lookupType(messageType);
  } catch {
    throw invalidField('schema.message_type', `names no message of the definition: "${messageType}"`);
  }
  return (payload) => {
    let message: protobuf.Message;
    try {
      message = type.decode(payload);
    } catch (err) {
      return `does not decode as ${messageType}: ${(err as Error).message}`;
    }
    const wrong = type.verify(message);
    return wrong === null ? undefined : `is not a valid ${messageType}: ${wrong}`;
  };
}
