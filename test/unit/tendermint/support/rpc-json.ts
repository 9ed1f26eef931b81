/** Light blocks written as CometBFT RPC JSON, for tests that read JSON. */
import { formatRfc3339, type LightBlock } from '../../../../light-clients/tendermint/index.js';

const hexU = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** A light block as CometBFT RPC JSON; `partsName` as RPC (`parts`) or tendermint-rs (`part_set_header`) names it. */
export function toRpcJson(
  block: LightBlock,
  partsName: 'parts' | 'part_set_header' = 'parts',
): Record<string, unknown> {
  const id = (bid: LightBlock['signedHeader']['commit']['blockId']) => ({
    hash: hexU(bid.hash),
    [partsName]: { total: bid.partSetHeader.total, hash: hexU(bid.partSetHeader.hash) },
  });
  const set = (s: LightBlock['validatorSet']) => ({
    validators: s.validators.map((v) => ({
      address: hexU(v.address),
      pub_key: {
        type: v.pubKey.type === 'ed25519' ? 'tendermint/PubKeyEd25519' : 'tendermint/PubKeySecp256k1',
        value: b64(v.pubKey.bytes),
      },
      voting_power: v.votingPower.toString(),
      proposer_priority: '0',
    })),
    total_voting_power: '0',
  });
  const { header: h, commit: c } = block.signedHeader;
  return {
    signed_header: {
      header: {
        version: { block: h.version.block.toString(), app: h.version.app.toString() },
        chain_id: h.chainId,
        height: h.height.toString(),
        time: formatRfc3339(h.time),
        last_block_id: id(h.lastBlockId),
        last_commit_hash: hexU(h.lastCommitHash),
        data_hash: hexU(h.dataHash),
        validators_hash: hexU(h.validatorsHash),
        next_validators_hash: hexU(h.nextValidatorsHash),
        consensus_hash: hexU(h.consensusHash),
        app_hash: hexU(h.appHash),
        last_results_hash: hexU(h.lastResultsHash),
        evidence_hash: hexU(h.evidenceHash),
        proposer_address: hexU(h.proposerAddress),
      },
      commit: {
        height: c.height.toString(),
        round: c.round,
        block_id: id(c.blockId),
        signatures: c.signatures.map((s) => ({
          block_id_flag: s.blockIdFlag,
          validator_address: hexU(s.validatorAddress),
          timestamp: formatRfc3339(s.timestamp),
          signature: s.signature.length === 0 ? null : b64(s.signature),
        })),
      },
    },
    validator_set: set(block.validatorSet),
    ...(block.nextValidatorSet ? { next_validator_set: set(block.nextValidatorSet) } : {}),
  };
}
