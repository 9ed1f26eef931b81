/**
 * The trust anchor of receipt verification: what the verifier believes
 * about the main chain without the bundle's help — its chain id, a
 * validator set (more than 2/3 of its power must sign the main header), and
 * which client on the main chain is the main chain's client of each
 * sub-network (anyone may create a client on a chain, so a consensus state
 * proves something only if it is held by the client the operator set up).
 *
 * As JSON (docs/evidence-receipts.md):
 *
 *   {
 *     "chain_id": "mainchain-1",
 *     "validators_hash": "<hex, optional: checked against the set>",
 *     "validators": [{ "pub_key": { "type": "tendermint/PubKeyEd25519", "value": "<base64>" },
 *                      "voting_power": "10" }, …],
 *     "clients": { "health-1": "07-tendermint-0", … }
 *   }
 *
 * `validators` takes CometBFT's RPC shape (`/validators` result entries;
 * `address` optional, `power` accepted for `voting_power`).
 */
import type { IsthmusError } from '../../../light-clients/index.js';
import {
  parseValidatorSet,
  validatorSetHash,
  type ValidatorSet,
} from '../../../light-clients/tendermint/index.js';
import { ReceiptErrorCode, receiptError } from './errors.js';

export interface TrustAnchor {
  readonly chainId: string;
  readonly validators: ValidatorSet;
  /** The main chain's client of each sub-network, by the sub-network's chain id. */
  readonly clients: ReadonlyMap<string, string>;
}

const KEY_TYPE_JSON = {
  ed25519: 'tendermint/PubKeyEd25519',
  secp256k1: 'tendermint/PubKeySecp256k1',
} as const;

function invalid(message: string, cause?: unknown): IsthmusError {
  return receiptError(
    ReceiptErrorCode.TrustAnchorInvalid,
    `trust anchor: ${message}`,
    'invalid_argument',
    {},
    cause,
  );
}

const hexUpper = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase();

/** Reads the JSON form; TRUST_ANCHOR_INVALID names what is wrong. */
export function parseTrustAnchor(json: unknown): TrustAnchor {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw invalid('not a JSON object');
  const o = json as Record<string, unknown>;
  const known = new Set(['chain_id', 'validators_hash', 'validators', 'clients']);
  const unknown = Object.keys(o).filter((k) => !known.has(k));
  if (unknown.length > 0) throw invalid(`unknown fields ${unknown.join(', ')}`);
  if (typeof o.chain_id !== 'string' || o.chain_id.length === 0) throw invalid('chain_id is missing');
  let validators: ValidatorSet;
  try {
    validators = parseValidatorSet({ validators: o.validators }, 'validators');
  } catch (cause) {
    throw invalid(`validators: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
  }
  if (validators.validators.length === 0) throw invalid('validators is empty');
  if (o.validators_hash !== undefined) {
    if (typeof o.validators_hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(o.validators_hash)) {
      throw invalid('validators_hash is not 32 bytes of hex');
    }
    if (o.validators_hash.toUpperCase() !== hexUpper(validatorSetHash(validators))) {
      throw invalid('validators_hash is not the hash of validators');
    }
  }
  const clients = o.clients;
  if (clients === null || typeof clients !== 'object' || Array.isArray(clients)) {
    throw invalid('clients is not an object of sub-network chain id → client id');
  }
  const entries = Object.entries(clients as Record<string, unknown>);
  if (entries.length === 0) throw invalid('clients names no sub-network');
  for (const [chainId, clientId] of entries) {
    if (typeof clientId !== 'string' || clientId.length === 0) {
      throw invalid(`clients.${chainId} is not a client id`);
    }
  }
  return { chainId: o.chain_id, validators, clients: new Map(entries as [string, string][]) };
}

/** The JSON form `parseTrustAnchor` reads, with the set's hash. */
export function trustAnchorToJson(anchor: TrustAnchor): Record<string, unknown> {
  return {
    chain_id: anchor.chainId,
    validators_hash: hexUpper(validatorSetHash(anchor.validators)),
    validators: anchor.validators.validators.map((v) => ({
      address: hexUpper(v.address),
      pub_key: { type: KEY_TYPE_JSON[v.pubKey.type], value: Buffer.from(v.pubKey.bytes).toString('base64') },
      voting_power: v.votingPower.toString(),
    })),
    clients: Object.fromEntries(anchor.clients),
  };
}
