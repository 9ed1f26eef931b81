/**
 * `isthmus verify receipt <file> --trust <anchor.json>`: checks an evidence
 * receipt offline (relayer/api/receipts `verifyEvidenceReceipt`) and prints
 * one JSON verdict — exit 0 valid, 1 rejected, 2 unusable input. The file
 * holds the bundle's protobuf bytes, or its JSON form (read as JSON when
 * its name ends in `.json` or its first non-blank character is `{`).
 *
 * `isthmus verify trust-anchor` writes the anchor file: the main chain's
 * validator set from its devnet genesis (`--genesis`) or from the latest
 * header its Ledger endpoint serves (`--ledger`, plaintext gRPC), and the
 * client of each sub-network (`--client <chain>=<client id>`). What an
 * endpoint serves is believed as of that moment: an operator fetches the
 * anchor once, over a channel they trust, and compares its
 * `validators_hash` with the one the main chain's operators publish.
 */
import { readFile } from 'node:fs/promises';
import { LedgerClient } from '../../../adapters/index.js';
import { readGenesis } from '../../../adapters/devnet/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  decodeIcs07Header,
  formatRfc3339,
  makeValidatorSet,
  type ValidatorSet,
} from '../../../light-clients/tendermint/index.js';
import {
  decodeEvidenceReceipt,
  evidenceReceiptFromJson,
  parseTrustAnchor,
  ReceiptErrorCode,
  trustAnchorToJson,
  verifyEvidenceReceipt,
  type TrustAnchor,
} from '../../api/receipts/index.js';
import type { v1 } from '../../../proto/index.js';
import { readJsonFile } from '../input.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

export interface VerifyReceiptOptions {
  /** Path of the bundle (protobuf or JSON). */
  readonly file: string;
  /** Path of the trust anchor (JSON). */
  readonly trust: string;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase();

async function readBundle(path: string): Promise<v1.EvidenceReceipt> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new UnusableInputError(`cannot read the receipt file ${path}`, { path }, cause);
  }
  const asJson = path.endsWith('.json') || Buffer.from(bytes).toString('latin1').trimStart().startsWith('{');
  try {
    return asJson
      ? evidenceReceiptFromJson(Buffer.from(bytes).toString('utf8'))
      : decodeEvidenceReceipt(bytes);
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new UnusableInputError(
      `the receipt file ${path} is not an evidence receipt${detail}`,
      { path },
      cause,
    );
  }
}

async function readAnchor(path: string): Promise<TrustAnchor> {
  const json = await readJsonFile(path, 'trust anchor');
  try {
    return parseTrustAnchor(json);
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new UnusableInputError(`the trust anchor file ${path} cannot be used${detail}`, { path }, cause);
  }
}

/** Runs the check and returns its verdict; throws UnusableInputError for input it cannot use. */
export async function verifyReceiptCommand(options: VerifyReceiptOptions): Promise<Verdict> {
  const bundle = await readBundle(options.file);
  const anchor = await readAnchor(options.trust);
  const facts = {
    recordId: bundle.recordId,
    chainId: bundle.chainId,
    mainChainId: bundle.mainChainId,
    mainClientId: bundle.mainClientId,
  };
  try {
    const v = verifyEvidenceReceipt(bundle, anchor);
    return {
      ok: true,
      code: 'OK',
      message: `${v.recordId} was in the state of ${v.chainId} at height ${v.proofHeight}, as the main chain ${v.mainChainId} attests at height ${v.mainHeight}`,
      ...facts,
      path: v.path,
      record: {
        documentHash: hex(v.record.documentHash).toLowerCase(),
        hashAlgorithm: v.record.hashAlgorithm,
        label: v.record.label,
        height: v.record.height.toString(),
        time: formatRfc3339(v.record.timeNs),
        ...(v.record.submitter === undefined ? {} : { submitter: v.record.submitter }),
      },
      proofHeight: v.proofHeight.toString(),
      headerHash: hex(v.subHeaderHash),
      mainHeight: v.mainHeight.toString(),
      mainTime: formatRfc3339(v.mainTimeNs),
      mainHeaderHash: hex(v.mainHeaderHash),
      signedPower: v.mainTally.signedPower.toString(),
      totalPower: v.mainTally.totalPower.toString(),
    };
  } catch (err) {
    if (IsthmusError.is(err, ReceiptErrorCode.VersionUnsupported)) {
      throw new UnusableInputError(err.message, { path: options.file }, err);
    }
    return rejected(err, facts);
  }
}

export interface TrustAnchorOptions {
  /** A devnet genesis file of the main chain. */
  readonly genesis?: string;
  /** The main chain's Ledger endpoint, host:port. */
  readonly ledger?: string;
  /** `<sub-network chain id>=<client id on the main chain>`, one or more. */
  readonly client: readonly string[];
}

function clientsOf(pairs: readonly string[]): Map<string, string> {
  const clients = new Map<string, string>();
  for (const pair of pairs) {
    const m = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
    if (!m) throw new UnusableInputError(`--client ${JSON.stringify(pair)} is not <chain id>=<client id>`);
    clients.set(m[1] as string, m[2] as string);
  }
  if (clients.size === 0) throw new UnusableInputError('name at least one --client <chain id>=<client id>');
  return clients;
}

async function fromLedger(address: string, clients: ReadonlyMap<string, string>): Promise<TrustAnchor> {
  const ledger = new LedgerClient({ address });
  try {
    const info = await ledger.getChainInfo({});
    const [message] = (await ledger.getClientMessage({})).messages;
    const validators = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock.validatorSet;
    for (const [chainId, clientId] of clients) {
      const hosted = (await ledger.queryClient({ clientId })).clientState;
      if (hosted?.chainId !== chainId) {
        throw new UnusableInputError(`${clientId} on ${info.chainId} is not a client of ${chainId}`, {
          clientId,
        });
      }
    }
    return { chainId: info.chainId, validators, clients };
  } catch (cause) {
    if (cause instanceof UnusableInputError) throw cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new UnusableInputError(`cannot read the main chain at ${address}${detail}`, { address }, cause);
  } finally {
    ledger.close();
  }
}

async function fromGenesis(path: string, clients: ReadonlyMap<string, string>): Promise<TrustAnchor> {
  let validators: ValidatorSet;
  let chainId: string;
  try {
    const genesis = await readGenesis(path);
    chainId = genesis.chainId;
    validators = makeValidatorSet(
      genesis.validators.map((v) => ({ pubKey: { type: 'ed25519', bytes: v.pubKey }, votingPower: v.power })),
    );
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new UnusableInputError(`cannot use the genesis file ${path}${detail}`, { path }, cause);
  }
  return { chainId, validators, clients };
}

/** The anchor's JSON; throws UnusableInputError when the sources cannot be read. */
export async function trustAnchorCommand(options: TrustAnchorOptions): Promise<Record<string, unknown>> {
  if ((options.genesis === undefined) === (options.ledger === undefined)) {
    throw new UnusableInputError('give one of --genesis <file> or --ledger <host:port>');
  }
  const clients = clientsOf(options.client);
  const anchor =
    options.genesis === undefined
      ? await fromLedger(options.ledger as string, clients)
      : await fromGenesis(options.genesis, clients);
  return trustAnchorToJson(anchor);
}
