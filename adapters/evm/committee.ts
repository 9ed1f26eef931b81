/**
 * The committee as one adapter knows it (docs/evm.md, "Trust model"): every
 * member's key, and the private keys of the members this process signs for.
 * It signs two things, each only after the caller has verified what it
 * states:
 *
 * - EVM headers, for the main chain's `attested` evm client: the
 *   attestation digest of light-clients/attestation over (ledger id, block
 *   number, block time, block hash, signer-set hash), secp256k1 signatures
 *   of that scheme (ECDSA over SHA-256, low-S, compressed keys);
 * - the IsthmusPackets contract's committee digests (recv, ack, timeout,
 *   rotation): 65-byte `ecrecover` signatures of the raw digest, ordered
 *   by signer address as the contract requires.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { computeAddress, SigningKey } from 'ethers';
import { Attestor } from '../external/attestor.js';
import { createAgencySigner } from '../external/agency-signer.js';
import {
  createSignerSet,
  type SignerSet,
  type SignerSignature,
} from '../../light-clients/attestation/index.js';
import type { EvmLedgerConfig } from './config.js';
import { signDigest } from './contract.js';

const hex = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`;

export interface HeaderStatement {
  readonly ledgerId: string;
  readonly number: bigint;
  readonly timestampNs: bigint;
  readonly hash: Uint8Array;
}

export class Committee {
  /** The set the main chain's attested client registers (weights 1). */
  readonly signerSet: SignerSet;
  /** Member addresses, ascending: the contract's committee. */
  readonly addresses: readonly string[];
  readonly threshold: number;
  readonly #attestor: Attestor;
  readonly #keys: readonly SigningKey[];

  constructor(config: EvmLedgerConfig['committee']) {
    const held = config.members.flatMap((m) => ('privateKey' in m ? [m.privateKey] : []));
    const publicKeys = config.members.map((m) =>
      'privateKey' in m ? secp256k1.getPublicKey(m.privateKey, true) : m.publicKey,
    );
    this.threshold = config.threshold;
    this.signerSet = createSignerSet(
      publicKeys.map((publicKey) => ({ scheme: 'secp256k1' as const, publicKey, weight: 1n })),
      BigInt(config.threshold),
    );
    this.addresses = publicKeys.map((k) => computeAddress(hex(k)).toLowerCase()).sort();
    const signers = held.map((privateKey, i) =>
      createAgencySigner({ scheme: 'secp256k1', privateKey, weight: 1n }, i),
    );
    // The attestor signs with the held keys only, naming the whole set (its hash is in the digest).
    this.#attestor = new Attestor(signers, BigInt(config.threshold), this.signerSet);
    this.#keys = held.map((k) => new SigningKey(hex(k)));
  }

  /** How many members this process signs for. */
  get held(): number {
    return this.#keys.length;
  }

  /** Signatures of a verified header, in the attestation client's form. */
  attestHeader(s: HeaderStatement): readonly SignerSignature[] {
    return this.#attestor.attest({
      chainId: s.ledgerId,
      height: s.number,
      timestampNs: s.timestampNs,
      stateRoot: s.hash,
    }).signatures;
  }

  /** 65-byte signatures of a contract digest (0x hex, 32 bytes), ascending by signer address. */
  signDigest(digest: string): string[] {
    return signDigest(digest, this.#keys);
  }
}
