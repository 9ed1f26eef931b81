/**
 * `isthmus verify evm-proof`: checks an `eth_getProof` result (EIP-1186; the
 * bare result object or a JSON-RPC response `{result}`) against a state root:
 * the account fields it states and every storage value it lists.
 */
import { accountProofFromRpc, verifyGetProof, type AccountProof } from '../../../light-clients/evm/index.js';
import { parseInput, readRpcJson } from '../input.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

export interface VerifyEvmProofOptions {
  /** Path of a JSON file: an eth_getProof result, bare or as `{result}`. */
  readonly getProof: string;
  /** The 32-byte state root, hex (0x optional). */
  readonly stateRoot: string;
}

function stateRootBytes(text: string): Uint8Array {
  const hex = text.trim().replace(/^0x/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new UnusableInputError('stateRoot is not 32 bytes of hex', { option: 'stateRoot' });
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

const hex = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`;

function factsOf(proof: AccountProof, stateRoot: Uint8Array): Record<string, unknown> {
  return {
    address: hex(proof.address),
    stateRoot: hex(stateRoot),
    storage: proof.storageProof.map((s) => ({ key: hex(s.key), value: `0x${s.value.toString(16)}` })),
  };
}

export async function verifyEvmProofCommand(options: VerifyEvmProofOptions): Promise<Verdict> {
  const stateRoot = stateRootBytes(options.stateRoot);
  const json = await readRpcJson(options.getProof, 'eth_getProof');
  const proof = parseInput('eth_getProof', options.getProof, () => accountProofFromRpc(json));
  const facts = factsOf(proof, stateRoot);
  try {
    const account = verifyGetProof(stateRoot, proof);
    return {
      ...facts,
      ok: true,
      code: 'OK',
      message: 'the account and its listed storage slots are proven under the state root',
      nonce: account.nonce.toString(),
      balance: account.balance.toString(),
      storageHash: hex(account.storageRoot),
      codeHash: hex(account.codeHash),
    };
  } catch (err) {
    return rejected(err, facts);
  }
}
