/**
 * `clients create --of <EVM ledger>`: the main chain's `attested` evm
 * client of an EVM ledger. What the client trusts comes from the operator,
 * not from the ledger's endpoint: the committee (its public keys and
 * threshold), the IsthmusPackets contract and the EVM chain id, in a file
 * (`--evm-committee`):
 *
 * ```yaml
 * evmChainId: 1337
 * contract: "0x…"
 * threshold: 2
 * members: [<33-byte compressed public key, hex>, …]
 * ```
 *
 * The ledger's latest attested header is checked against that committee
 * (its signatures at the threshold, for the ledger id the endpoint reports)
 * before the client is made from it.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { loadConfigFile } from '../../../adapters/config-file.js';
import { decodeEvmAttestedHeader } from '../../../adapters/devnet/clients/evm-state.js';
import { attestedClientMsg } from '../../../adapters/evm/client-msg.js';
import type { Ledger } from '../../../adapters/index.js';
import { createSignerSet } from '../../../light-clients/attestation/index.js';
import { attestedSealVerifier, headerHash, headerTimeNs } from '../../../light-clients/evm/index.js';
import type { v1 } from '../../../proto/index.js';

const committeeFileSchema = z.strictObject({
  evmChainId: z.union([z.int().min(1), z.string().regex(/^[1-9][0-9]{0,18}$/)]).transform((v) => BigInt(v)),
  contract: z
    .string()
    .regex(/^0x[0-9a-fA-F]{40}$/, 'a 20-byte address, 0x hex')
    .transform((s) => s.toLowerCase()),
  threshold: z.int().min(1).max(64),
  members: z
    .array(z.string().regex(/^(?:0x)?[0-9a-fA-F]{66}$/, '33 bytes as hex (SEC1 compressed)'))
    .min(1)
    .max(64),
});

/** The CreateClient of an attested evm client of `source`, from its latest header checked against the committee file. */
export async function attestedClientCreation(
  source: Ledger,
  ledgerId: string,
  committeeFile: string,
): Promise<{ readonly message: v1.IMsg; readonly height: bigint }> {
  const file = await loadConfigFile(committeeFileSchema, 'EVM committee', committeeFile);
  const signerSet = createSignerSet(
    file.members.map((k) => ({
      scheme: 'secp256k1' as const,
      publicKey: hexToBytes(k.replace(/^0x/, '')),
      weight: 1n,
    })),
    BigInt(file.threshold),
  );
  const [served] = (await source.getClientMessage({})).messages;
  const { header, signatures } = decodeEvmAttestedHeader(served?.bytes ?? new Uint8Array(0));
  const hash = headerHash(header);
  // The signatures are checked as the client will check every later header.
  attestedSealVerifier(
    signerSet,
    ledgerId,
  )({
    clientState: {
      chainId: file.evmChainId,
      consensus: 'attested',
      trustingPeriodNs: 1n,
      maxClockDriftNs: 0n,
      frozen: false,
    },
    trusted: { header, hash, validators: [] },
    header,
    hash,
    attestation: signatures,
  });
  const message = attestedClientMsg({
    ledgerId,
    evmChainId: file.evmChainId,
    contract: file.contract,
    committee: { signerSet },
    block: { header, hash, timeNs: headerTimeNs(header) },
  });
  return { message, height: header.number };
}
