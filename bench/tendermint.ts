/**
 * Tendermint light client: adjacent verification of a header with a full
 * 100-validator commit (equal powers, all 100 signatures present), in
 * headers/s, beside raw ed25519 verifies/s measured in the same run. The
 * floor is verifies/s divided by the 67 signatures that make more than 2/3:
 * a header cannot be verified faster than its needed signatures. Both with
 * node:crypto (the default) and with the pure-JS noble reference.
 */
import { verifySignature, verifySignatureReference } from '../light-clients/crypto/signatures.js';
import {
  commitSignBytes,
  trustedStateOf,
  verifyLightBlock,
  type SignatureVerifier,
} from '../light-clients/tendermint/index.js';
import { makeChain, members, nowAfter, optionsFor } from '../test/unit/tendermint/support/chain.js';
import { formatRate, measure, type Rate } from './measure.js';

const VALIDATORS = 100;
/** Signatures with more than 2/3 of 100 equal powers. */
const NEEDED = 67;

export async function tendermint(): Promise<string[]> {
  const chain = makeChain({
    height: 2,
    validatorsAt: () => members(Array.from({ length: VALIDATORS }, (_, i) => `bench-${i}`)),
  });
  const block = chain.block(2n);
  const trusted = trustedStateOf(chain.block(1n));
  const now = nowAfter(chain, 2n);
  const { commit } = block.signedHeader;
  const signBytes = commitSignBytes(chain.chainId, commit);
  const votes = block.validatorSet.validators.map((v, i) => {
    const sig = commit.signatures[i]!;
    return {
      key: v.pubKey.bytes,
      message: signBytes(sig.blockIdFlag, sig.timestamp),
      signature: sig.signature,
    };
  });

  const lines: string[] = [];
  // Per scheme: rounds, and per-round iteration bounds that keep each round
  // near a quarter second (measure() reads the clock only every 64 iterations).
  const schemes: ReadonlyArray<readonly [string, SignatureVerifier, number, number, number]> = [
    ['node:crypto', verifySignature, 7, 2_000, 32],
    ['noble (pure JS)', verifySignatureReference, 5, 200, 3],
  ];
  for (const [name, verify, rounds, rawIterations, headerIterations] of schemes) {
    let i = 0;
    const rawOnce = () => {
      const vote = votes[i++ % votes.length]!;
      if (!verify('ed25519', vote.key, vote.message, vote.signature))
        throw new Error('bench vote does not verify');
    };
    const options = { ...optionsFor(chain), verifySignature: verify };
    const headerOnce = () => verifyLightBlock(trusted, block, options, now);
    // Raw and header rounds alternate, so that both see the same machine load;
    // the ratio is taken per round, then its median.
    const raw: number[] = [];
    const headers: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const rawRate = (await measure(rawOnce, { rounds: 1, roundMs: 250, maxIterations: rawIterations }))
        .opsPerSec;
      const headerRate = (
        await measure(headerOnce, { rounds: 1, roundMs: 250, maxIterations: headerIterations })
      ).opsPerSec;
      raw.push(rawRate);
      headers.push(headerRate);
      ratios.push(headerRate / (rawRate / NEEDED));
    }
    const rawMedian: Rate = { opsPerSec: median(raw), rounds };
    const headerMedian: Rate = { opsPerSec: median(headers), rounds };
    lines.push(
      `${name.padEnd(16)} ed25519 verify            ${formatRate(rawMedian)}`,
      `${name.padEnd(16)} header, 100 validators    ${formatRate(headerMedian)}  (${median(ratios).toFixed(2)}x the floor = verifies/s / ${NEEDED})`,
    );
  }
  return lines;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
