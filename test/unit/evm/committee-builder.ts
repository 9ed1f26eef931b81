/**
 * A committee of secp256k1 test signers for `attested` EVM clients, and
 * signatures of headers the way committee members sign them
 * (`headerAttestationDigest`). Not a test file.
 */
import {
  createSignerSet,
  signerSetHash,
  type SignerSet,
  type SignerSignature,
} from '../../../light-clients/attestation/index.js';
import {
  blockHash,
  headerAttestationDigest,
  headerTimeNs,
  type EvmHeader,
} from '../../../light-clients/evm/index.js';
import { testSigner, type TestSigner } from '../attestation/signers.js';

export const LEDGER_ID = 'agency-evm';

export interface Committee {
  readonly members: readonly TestSigner[];
  readonly signerSet: SignerSet;
  /** Signatures of `header` by `members[i]` for each i in `by` (default: the first two). */
  sign(header: EvmHeader, by?: readonly number[], ledgerId?: string): SignerSignature[];
}

/** `size` secp256k1 members of weight 1, threshold `threshold` (default 2 of 3). */
export function committee(size = 3, threshold = 2n, from = 1): Committee {
  const members = Array.from({ length: size }, (_, i) => testSigner('secp256k1', from + i));
  const signerSet = createSignerSet(
    members.map((m) => ({ scheme: m.scheme, publicKey: m.publicKey, weight: 1n })),
    threshold,
  );
  return {
    members,
    signerSet,
    sign(header, by = [0, 1], ledgerId = LEDGER_ID) {
      const digest = headerAttestationDigest({
        ledgerId,
        number: header.number,
        timestampNs: headerTimeNs(header),
        hash: blockHash('attested', header),
        signerSetHash: signerSetHash(signerSet),
      });
      return by.map((i) => {
        const member = members[i];
        if (!member) throw new Error(`no committee member ${i}`);
        return { scheme: member.scheme, publicKey: member.publicKey, signature: member.sign(digest) };
      });
    },
  };
}
