/**
 * Deploying an IsthmusPackets contract for an EVM ledger (docs/evm.md):
 * named by the ledger's Isthmus id, with the configured committee at its
 * threshold and the sender as admin (who opens channels). Returns the
 * address to put in the adapter's configuration.
 */
import { ContractFactory, JsonRpcProvider, Wallet } from 'ethers';
import { IsthmusError } from '../../light-clients/index.js';
import { Committee } from './committee.js';
import type { EvmLedgerConfig } from './config.js';
import { packetsArtifact } from './contract.js';

export interface DeployedPackets {
  readonly address: string;
  readonly txHash: string;
  readonly committee: readonly string[];
  readonly threshold: number;
}

export async function deployPackets(config: EvmLedgerConfig): Promise<DeployedPackets> {
  const provider = new JsonRpcProvider(config.rpcUrl, undefined, { staticNetwork: true, batchMaxCount: 1 });
  try {
    const chainId = BigInt(await provider.send('eth_chainId', []));
    if (chainId !== config.evmChainId) {
      throw new IsthmusError('CHAIN_MISMATCH', `the node serves chain ${chainId}, not ${config.evmChainId}`, {
        category: 'failed_precondition',
        context: { rpcUrl: config.rpcUrl },
      });
    }
    const committee = new Committee(config.committee);
    const admin = new Wallet(`0x${Buffer.from(config.sender.privateKey).toString('hex')}`, provider);
    const factory = new ContractFactory(packetsArtifact.abi, packetsArtifact.bytecode, admin);
    const contract = await factory.deploy(
      config.chainId,
      committee.addresses,
      committee.threshold,
      admin.address,
    );
    const tx = contract.deploymentTransaction();
    await contract.waitForDeployment();
    return {
      address: (await contract.getAddress()).toLowerCase(),
      txHash: tx?.hash ?? '',
      committee: committee.addresses,
      threshold: committee.threshold,
    };
  } finally {
    provider.destroy();
  }
}
