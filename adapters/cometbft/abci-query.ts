/**
 * The answer of `abci_query` (rpc/core/abci.go → abci `ResponseQuery`):
 * code, log, codespace, key, value, height and the proof ops. Bytes are
 * base64; the proof ops field is `proofOps` in CometBFT's JSON (`proof_ops`
 * accepted too), and null when the query was not proven.
 */
import { answerReader } from './json.js';
import type { ProofOp } from './proof-ops.js';

export interface AbciQueryAnswer {
  readonly code: number;
  readonly log: string;
  readonly codespace: string;
  readonly key: Uint8Array;
  /** Empty when nothing is stored at the key. */
  readonly value: Uint8Array;
  /** Height of the state that was read. */
  readonly height: bigint;
  readonly proofOps: readonly ProofOp[];
}

export function parseAbciQuery(result: unknown): AbciQueryAnswer {
  const r = answerReader('abci_query');
  const response = r.object(r.object(result, 'result').response, 'response');
  const text = (value: unknown, field: string): string =>
    value === undefined || value === null ? '' : r.string(value, field);
  const opsValue = response.proofOps ?? response.proof_ops;
  const ops =
    opsValue === undefined || opsValue === null
      ? []
      : r.array(r.object(opsValue, 'response.proofOps').ops ?? [], 'response.proofOps.ops');
  return {
    code: response.code === undefined ? 0 : Number(r.uint(response.code, 'response.code')),
    log: text(response.log, 'response.log'),
    codespace: text(response.codespace, 'response.codespace'),
    key: r.base64(response.key, 'response.key'),
    value: r.base64(response.value, 'response.value'),
    height: r.uint(response.height ?? 0, 'response.height'),
    proofOps: ops.map((op, i) => {
      const o = r.object(op, `response.proofOps.ops[${i}]`);
      return {
        type: r.string(o.type, `response.proofOps.ops[${i}].type`),
        key: r.base64(o.key, `response.proofOps.ops[${i}].key`),
        data: r.base64(o.data, `response.proofOps.ops[${i}].data`),
      };
    }),
  };
}
