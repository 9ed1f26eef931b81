/**
 * EVM light client: QBFT header verification (21 validators, 14 committed
 * seals) beside the secp256k1 recover rate of the same run — a header costs
 * about 14 recoveries, so the ceiling is recover/s ÷ 14 — and EIP-1186
 * account + storage proof verification (mainnet block 21925176's deposit
 * contract proof, from the shared fixtures) beside keccak-256 over the same
 * proof nodes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  accountProofFromRpc,
  bftBlockHash,
  headerFromRpc,
  recoverSigner,
  verifyGetProof,
  verifyHeader,
  type EvmClientState,
  type EvmConsensusState,
} from '../light-clients/evm/index.js';
import { bftFixture, clientState, NOW, sign65 } from '../test/unit/evm/chain-builder.js';
import { formatRate, measure } from './measure.js';

const VALIDATORS = 21;
const QUORUM = 14;
const bounds = { rounds: 5, roundMs: 400, maxIterations: 20_000 };

async function qbft(): Promise<string[]> {
  const fx = bftFixture('qbft', VALIDATORS);
  const header = fx.next(fx.keys.slice(0, QUORUM));
  const state: EvmClientState = clientState('qbft');
  const trusted: EvmConsensusState = fx.trusted;
  const digest = keccak_256(Uint8Array.of(1));
  const signer = fx.keys[0];
  if (signer === undefined) throw new Error('the fixture has validators');
  const seal = sign65(digest, signer);
  const recover = await measure(() => recoverSigner(digest, seal), bounds);
  const headers = await measure(
    () => verifyHeader(state, trusted, { header, hash: bftBlockHash('qbft', header) }, NOW),
    {
      ...bounds,
      maxIterations: 2_000,
    },
  );
  const ceiling = recover.opsPerSec / QUORUM;
  return [
    `baseline  secp256k1 recover (noble)            ${formatRate(recover)}  (÷${QUORUM} = ${Math.round(ceiling)} headers/s ceiling)`,
    `qbft      header, ${VALIDATORS} validators, ${QUORUM} seals    ${formatRate(headers)}  (${(headers.opsPerSec / ceiling).toFixed(2)}x recover/s÷${QUORUM})`,
  ];
}

async function proofs(): Promise<string[]> {
  const dir = join(
    resolve(process.env.ISTHMUS_FIXTURES ?? join('..', 'shared', 'fixtures')),
    'helios',
    'execution_mainnet_block_21925176',
  );
  let block: unknown;
  let raw: unknown;
  try {
    block = JSON.parse(readFileSync(join(dir, 'block.json'), 'utf8'));
    raw = JSON.parse(readFileSync(join(dir, 'proof.json'), 'utf8'));
  } catch {
    return [`proofs    skipped: helios fixtures not found at ${dir} (set ISTHMUS_FIXTURES)`];
  }
  const { stateRoot } = headerFromRpc(block as Record<string, unknown>);
  const proof = accountProofFromRpc(raw);
  const nodes = [...proof.accountProof, ...proof.storageProof.flatMap((s) => s.proof)];
  const keys = [proof.address, ...proof.storageProof.map((s) => s.key)];
  const hashing = await measure(() => {
    for (const n of nodes) keccak_256(n);
    for (const k of keys) keccak_256(k);
  }, bounds);
  const verified = await measure(() => verifyGetProof(stateRoot, proof), bounds);
  return [
    `baseline  keccak-256 of the ${nodes.length} proof nodes + ${keys.length} keys ${formatRate(hashing)}`,
    `proof     account + 1 storage slot (EIP-1186)  ${formatRate(verified)}  (${(verified.opsPerSec / hashing.opsPerSec).toFixed(2)}x baseline)`,
  ];
}

export async function evm(): Promise<string[]> {
  return [...(await qbft()), ...(await proofs())];
}
