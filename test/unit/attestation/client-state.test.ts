/** createClientState: parameters checked at registration (INVALID_CLIENT_STATE) and defaults. */
import { describe, expect, it } from '@jest/globals';
import { createClientState, type AttestationClientParams } from '../../../light-clients/attestation/index.js';
import { thrown } from './codes.js';
import { CHAIN_ID, MAX_CLOCK_DRIFT, TRUSTING_PERIOD, registered, sevenSigners } from './signers.js';

const params: AttestationClientParams = {
  chainId: CHAIN_ID,
  signers: sevenSigners().map((s) => registered(s)),
  threshold: 5n,
  trustingPeriodNs: TRUSTING_PERIOD,
  maxClockDriftNs: MAX_CLOCK_DRIFT,
};

describe('attestation: createClientState', () => {
  it('behavior: a new client starts unfrozen at height 0, time 0, sequence 0 unless told otherwise', () => {
    const client = createClientState(params);
    expect(client).toMatchObject({
      latestHeight: 0n,
      latestTimestampNs: 0n,
      signerSetSequence: 0n,
      frozen: false,
    });
    expect(client.signerSet.threshold).toBe(5n);
    const resumed = createClientState({
      ...params,
      latestHeight: 7n,
      latestTimestampNs: 9n,
      signerSetSequence: 2n,
    });
    expect(resumed).toMatchObject({ latestHeight: 7n, latestTimestampNs: 9n, signerSetSequence: 2n });
  });

  it.each([
    ['chainId', { chainId: 'has space' }],
    ['chainId', { chainId: '' }],
    ['trustingPeriodNs', { trustingPeriodNs: 0n }],
    ['maxClockDriftNs', { maxClockDriftNs: -1n }],
    ['latestHeight', { latestHeight: 1n << 64n }],
    ['latestTimestampNs', { latestTimestampNs: -1n }],
    ['signerSetSequence', { signerSetSequence: -1n }],
  ])('args: a bad %s is INVALID_CLIENT_STATE', (field, change) => {
    const err = thrown(() => createClientState({ ...params, ...change }));
    expect(err.code).toBe('INVALID_CLIENT_STATE');
    expect(err.context.field).toBe(field);
  });

  it('args: a bad signer set is INVALID_SIGNER_SET', () => {
    expect(thrown(() => createClientState({ ...params, threshold: 8n })).code).toBe('INVALID_SIGNER_SET');
  });
});
