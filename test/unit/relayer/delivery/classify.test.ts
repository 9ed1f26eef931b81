/**
 * How chain results and thrown errors become step outcomes: "already done"
 * is success, transient failures and "not yet" refusals retry, bad headers
 * and proofs are permanent with their code.
 */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError, VerificationError } from '../../../../light-clients/index.js';
import { v1 } from '../../../../proto/index.js';
import {
  fromError,
  fromResult,
  UNEXPECTED_ERROR,
  updateApplied,
} from '../../../../relayer/delivery/classify.js';
import type { DeliveryStep } from '../../../../relayer/delivery/index.js';

const { RESULT_CODE_OK, RESULT_CODE_ALREADY_DONE, RESULT_CODE_REJECTED, RESULT_CODE_RETRY } = v1.ResultCode;

const step = (kind: DeliveryStep['step']): DeliveryStep => ({
  packetId: 'health-1/channel-0/7',
  step: kind,
  packet: {},
});
const brief = (o: ReturnType<typeof fromResult>): unknown[] => [o.kind, o.code, o.redundant === true];

describe('fromResult', () => {
  it('behavior: OK is done, ALREADY_DONE is done and redundant', () => {
    expect(brief(fromResult(step('recv'), { code: RESULT_CODE_OK }))).toEqual(['done', undefined, false]);
    expect(brief(fromResult(step('ack'), { code: RESULT_CODE_ALREADY_DONE }))).toEqual([
      'done',
      undefined,
      true,
    ]);
  });

  it('behavior: RETRY and "not yet" refusals retry', () => {
    expect(brief(fromResult(step('recv'), { code: RESULT_CODE_RETRY, errorCode: 'NONCE' }))).toEqual([
      'retry',
      'NONCE',
      false,
    ]);
    for (const code of ['TIMEOUT_NOT_REACHED', 'PACKET_OUT_OF_ORDER', 'HEIGHT_NOT_COMMITTED']) {
      expect(fromResult(step('timeout'), { code: RESULT_CODE_REJECTED, errorCode: code }).kind).toBe('retry');
    }
  });

  it('behavior: a refused proof or header is permanent with its code and message', () => {
    const o = fromResult(step('recv'), {
      code: RESULT_CODE_REJECTED,
      errorCode: 'PROOF_INVALID',
      message: 'bad',
    });
    expect(o).toEqual({
      packetId: 'health-1/channel-0/7',
      step: 'recv',
      kind: 'permanent',
      code: 'PROOF_INVALID',
      message: 'bad',
    });
  });

  it('behavior: a timeout refused because the packet arrived is done (the ack finishes it)', () => {
    const refused = { code: RESULT_CODE_REJECTED, errorCode: 'PACKET_ALREADY_RECEIVED' };
    expect(brief(fromResult(step('timeout'), refused))).toEqual(['done', 'PACKET_ALREADY_RECEIVED', true]);
    expect(fromResult(step('recv'), refused).kind).toBe('permanent');
  });

  it('error: a missing or unspecified result retries', () => {
    expect(brief(fromResult(step('recv'), undefined))).toEqual(['retry', 'RESULT_MISSING', false]);
    expect(fromResult(step('recv'), { code: v1.ResultCode.RESULT_CODE_UNSPECIFIED }).kind).toBe('retry');
  });
});

describe('fromError', () => {
  it('behavior: transient errors retry with their code', () => {
    for (const category of ['unavailable', 'deadline_exceeded', 'resource_exhausted'] as const) {
      expect(brief(fromError(step('recv'), new IsthmusError('GRPC_X', 'x', { category })))).toEqual([
        'retry',
        'GRPC_X',
        false,
      ]);
    }
  });

  it('behavior: verification failures and other refusals are permanent', () => {
    expect(brief(fromError(step('recv'), new VerificationError('BAD_SIGNATURE', 'x')))).toEqual([
      'permanent',
      'BAD_SIGNATURE',
      false,
    ]);
    const notFound = new IsthmusError('CLIENT_NOT_FOUND', 'x', { category: 'not_found' });
    expect(fromError(step('ack'), notFound).kind).toBe('permanent');
  });

  it('error: an error that is not an IsthmusError retries as UNEXPECTED_ERROR', () => {
    expect(brief(fromError(step('recv'), new TypeError('boom')))).toEqual(['retry', UNEXPECTED_ERROR, false]);
  });
});

describe('updateApplied', () => {
  it('behavior: OK and ALREADY_DONE leave the consensus state in place; anything else does not', () => {
    expect(updateApplied({ code: RESULT_CODE_OK })).toBe(true);
    expect(updateApplied({ code: RESULT_CODE_ALREADY_DONE })).toBe(true);
    expect(updateApplied({ code: RESULT_CODE_REJECTED })).toBe(false);
    expect(updateApplied(undefined)).toBe(false);
  });
});
