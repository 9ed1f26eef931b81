/**
 * The agency's k-of-n attestations: every local signer signs the
 * attestation digest of light-clients/attestation (digest.ts) over
 * (chain id, height, time, state root, signer-set hash), so that the
 * attestation client's `verifyAttestation` accepts what this produces.
 */
import {
  attestationDigest,
  createSignerSet,
  signerSetHash,
  type Attestation,
  type SignerSet,
} from '../../light-clients/attestation/index.js';
import type { AgencySigner } from './agency-signer.js';

/** What one sealed height states. */
export interface AttestationContent {
  readonly chainId: string;
  readonly height: bigint;
  readonly timestampNs: bigint;
  readonly stateRoot: Uint8Array;
}

export class Attestor {
  /** The registered set a counterparty's attestation client is created with. */
  readonly signerSet: SignerSet;
  readonly #signers: readonly AgencySigner[];
  readonly #setHash: Uint8Array;

  /**
   * Throws INVALID_SIGNER_SET (the attestation client's rules) for a set no
   * client would register. `registered`, when given, is the set the
   * attestations name — a larger one of which these signers are members,
   * when other members sign elsewhere; by default the signers are the set.
   */
  constructor(signers: readonly AgencySigner[], threshold: bigint, registered?: SignerSet) {
    this.signerSet = registered ?? createSignerSet(signers, threshold);
    this.#signers = [...signers];
    this.#setHash = signerSetHash(this.signerSet);
  }

  get signerSetHash(): Uint8Array {
    return this.#setHash.slice();
  }

  attest(content: AttestationContent): Attestation {
    const fields = { ...content, signerSetHash: this.#setHash };
    const digest = attestationDigest(fields);
    return Object.freeze({
      ...fields,
      signerSetHash: this.#setHash.slice(),
      signatures: Object.freeze(
        this.#signers.map((s) => ({ scheme: s.scheme, publicKey: s.publicKey, signature: s.sign(digest) })),
      ),
    });
  }
}
