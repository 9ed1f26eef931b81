/**
 * `isthmus verify header-evm`: checks that an EVM block (eth JSON-RPC block
 * object, bare or as `{result}`) follows a trusted one — hash, parent link,
 * number and time — and, for `qbft`, `ibft2` and `clique`, that its seal is
 * valid for the trusted validator set. For QBFT / IBFT 2.0 that set is the
 * trusted header's extraData validator list unless a validators file is
 * given; Clique takes it from a trusted checkpoint header or the file.
 *
 * The command judges a pair of files offline, so no trusting period applies;
 * "now" is the wall clock, for the header-from-the-future rule.
 */
import {
  blockHash,
  decodeBftExtraData,
  headerFromRpc,
  headerHash,
  recoverCliqueSeal,
  rpcBlockHash,
  verifyHeader,
  verifyHeaderLink,
  type EvmClientState,
  type EvmConsensusState,
  type EvmHeader,
} from '../../../light-clients/evm/index.js';
import { VerificationError } from '../../../light-clients/index.js';
import { parseInput, readRpcJson } from '../input.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

export type EvmHeaderConsensus = 'qbft' | 'ibft2' | 'clique' | 'none';

export interface VerifyEvmHeaderOptions {
  readonly consensus: EvmHeaderConsensus;
  /** Path of the trusted block's JSON. */
  readonly trusted: string;
  /** Path of the JSON of the block that follows it. */
  readonly update: string;
  /** Path of a JSON array of validator addresses (or `{validators: [...]}`). */
  readonly validators?: string;
  /** Clique checkpoint interval; geth's default is 30000. */
  readonly cliqueEpoch?: bigint;
}

const consensusKinds: readonly EvmHeaderConsensus[] = ['qbft', 'ibft2', 'clique', 'none'];
const NO_TRUSTING_PERIOD = 2n ** 120n;
const CLOCK_DRIFT_NS = 15n * 1_000_000_000n;
const hex = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`;

async function readBlock(path: string, what: string): Promise<{ header: EvmHeader; hash?: Uint8Array }> {
  const json = await readRpcJson(path, what);
  return parseInput(what, path, () => {
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      throw new UnusableInputError(`the ${what} file ${path} is not a block object`, { path });
    const block = json as Record<string, unknown>;
    const hash = rpcBlockHash(block);
    return { header: headerFromRpc(block), ...(hash === undefined ? {} : { hash }) };
  });
}

async function readValidators(path: string): Promise<string[]> {
  const json = await readRpcJson(path, 'validators');
  const list = Array.isArray(json) ? json : (json as { validators?: unknown } | null)?.validators;
  if (!Array.isArray(list) || !list.every((a) => typeof a === 'string' && /^0x[0-9a-fA-F]{40}$/.test(a)))
    throw new UnusableInputError(`the validators file ${path} is not a list of addresses`, { path });
  return list.map((a: string) => a.toLowerCase());
}

/** The trusted consensus state: the trusted header, its hash, and the set that seals the next header. */
async function trustedState(
  options: VerifyEvmHeaderOptions,
  header: EvmHeader,
  epoch: bigint,
): Promise<EvmConsensusState> {
  const kind = options.consensus;
  const listed = options.validators === undefined ? undefined : await readValidators(options.validators);
  const hash = kind === 'none' ? headerHash(header) : blockHash(kind, header);
  if (listed !== undefined) {
    const validators = listed;
    if (kind !== 'clique') return { header, hash, validators };
    const { signer } = recoverCliqueSeal(header, epoch);
    return { header, hash, validators, recentSigners: [{ number: header.number, signer }] };
  }
  if (kind === 'qbft' || kind === 'ibft2')
    return { header, hash, validators: decodeBftExtraData(kind, header.extraData).validators };
  if (kind === 'clique') {
    const { signer, checkpointSigners } = recoverCliqueSeal(header, epoch);
    if (checkpointSigners === undefined)
      throw new UnusableInputError(
        'clique needs a validators file unless the trusted block is a checkpoint',
        {
          option: 'validators',
        },
      );
    return {
      header,
      hash,
      validators: checkpointSigners,
      recentSigners: [{ number: header.number, signer }],
    };
  }
  return { header, hash, validators: [] };
}

/** Runs the check and returns its verdict; throws UnusableInputError for input it cannot use. */
export async function verifyEvmHeaderCommand(options: VerifyEvmHeaderOptions): Promise<Verdict> {
  if (!consensusKinds.includes(options.consensus))
    throw new UnusableInputError(
      `unknown consensus ${options.consensus}; known: ${consensusKinds.join(', ')}`,
      {
        option: 'consensus',
      },
    );
  const epoch = options.cliqueEpoch ?? 30_000n;
  const trustedBlock = await readBlock(options.trusted, 'trusted block');
  const update = await readBlock(options.update, 'update block');
  const now = BigInt(Date.now()) * 1_000_000n;
  const kind = options.consensus;
  const clientState: EvmClientState = {
    chainId: 0n,
    consensus: kind === 'none' ? 'attested' : kind,
    trustingPeriodNs: NO_TRUSTING_PERIOD,
    maxClockDriftNs: CLOCK_DRIFT_NS,
    cliqueEpoch: epoch,
    frozen: false,
  };
  const facts = {
    consensus: kind,
    trustedNumber: trustedBlock.header.number.toString(),
    number: update.header.number.toString(),
  };
  try {
    const trusted = await trustedState(options, trustedBlock.header, epoch);
    if (trustedBlock.hash !== undefined && hex(trustedBlock.hash) !== hex(trusted.hash))
      throw new VerificationError(
        'HEADER_HASH_MISMATCH',
        'the trusted block does not hash to its stated hash',
        {
          context: {
            number: trusted.header.number,
            hash: hex(trusted.hash),
            claimed: hex(trustedBlock.hash),
          },
        },
      );
    if (kind === 'none') {
      const hash = headerHash(update.header);
      verifyHeaderLink(clientState, trusted, update, hash, now);
      return {
        ...facts,
        ok: true,
        code: 'OK',
        message: 'the block follows the trusted block',
        hash: hex(hash),
      };
    }
    const next = verifyHeader(clientState, trusted, update, now);
    return {
      ...facts,
      ok: true,
      code: 'OK',
      message: 'the block follows the trusted block and is sealed by its validators',
      hash: hex(next.hash),
      nextValidators: next.validators,
    };
  } catch (err) {
    return rejected(err, facts);
  }
}
