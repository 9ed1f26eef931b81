/**
 * Agency ledger test keys and configurations, the same every run: signer
 * number n of a scheme has the 32-byte key n, n, ..., n (valid on every
 * curve here). Shared by the unit and integration tests of the agency
 * ledger; not a test file itself.
 */
import { createClientState, type AttestationClientState } from '../../../light-clients/attestation/index.js';
import type { AttestationScheme, SignerSet } from '../../../light-clients/attestation/index.js';
import { parseExternalLedgerConfig, type ExternalLedgerConfig } from '../../../adapters/external/index.js';

export const SECOND = 1_000_000_000n;
/** A fixed start time (2025-11-24T16:00:00Z) in nanoseconds: the ledger's clock in tests. */
export const T0 = 1_764_000_000n * SECOND;
export const CHAIN_ID = 'agency-ledger-1';

export const keyHex = (n: number): string => n.toString(16).padStart(2, '0').repeat(32);

export function signerEntry(scheme: AttestationScheme, n: number, weight = 1) {
  return scheme === 'ml-dsa-65'
    ? { scheme, seed: keyHex(n), weight }
    : { scheme, privateKey: keyHex(n), weight };
}

/** A validated configuration: on-demand sealing, loopback port 0. */
export function testConfig(
  signers: ReturnType<typeof signerEntry>[],
  threshold: number,
  overrides: Record<string, unknown> = {},
): ExternalLedgerConfig {
  return parseExternalLedgerConfig({
    chainId: CHAIN_ID,
    listen: '127.0.0.1:0',
    sealIntervalMs: 0,
    signerSet: { threshold, signers },
    ...overrides,
  });
}

/** A clock that advances one second per reading, from T0. */
export function steppingClock(): () => bigint {
  let t = T0;
  return () => (t += SECOND);
}

/** The attestation client a counterparty registers for `set`, trusting nothing yet. */
export function clientFor(set: SignerSet, chainId = CHAIN_ID): AttestationClientState {
  return createClientState({
    chainId,
    signers: set.signers,
    threshold: set.threshold,
    trustingPeriodNs: 14n * 24n * 3600n * SECOND,
    maxClockDriftNs: 10n * SECOND,
  });
}
