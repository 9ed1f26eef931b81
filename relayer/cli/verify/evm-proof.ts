/**
 * `isthmus verify evm-proof`: checks an `eth_getProof` result (EIP-1186; the
 * bare result object or a JSON-RPC response `{result}`) against a state root:
 * the account fields it states and every storage value it lists.
 */
import { readFile } from 'node:fs/promises';
import { accountProofFromRpc, verifyGetProof, type AccountProof } from '../../../light-clients/evm/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

export interface VerifyEvmProofOptions {
  /** Path of a JSON file: an eth_getProof result, bare or as `{result}`. */
  readonly getProof: string;
  /** The 32-byte state root, hex (0x optional). */
  readonly stateRoot: string;
}

/** The JSON in `path`, unwrapped from a JSON-RPC response when it is one. */
export async function readRpcJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new UnusableInputError(`cannot read the ${what} file ${path}`, { path }, cause);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new UnusableInputError(`the ${what} file ${path} is not JSON`, { path }, cause);
  }
  if (json !== null && typeof json === 'object' && 'result' in json)
    return (json as { result: unknown }).result;
  return json;
}

/** Runs `parse` on untrusted input, turning its shape errors into UnusableInputError. */
export function parseInput<T>(what: string, path: string, parse: () => T): T {
  try {
    return parse();
  } catch (cause) {
    if (!IsthmusError.is(cause)) throw cause;
    throw new UnusableInputError(
      `the ${what} file ${path} has the wrong shape: ${cause.message}`,
      { path },
      cause,
    );
  }
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
