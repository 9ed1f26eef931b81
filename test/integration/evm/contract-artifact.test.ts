/**
 * The committed `IsthmusPackets.json` is what `IsthmusPackets.sol` compiles
 * to with the pinned solc and settings (docs/evm.md, "Contract"): the
 * adapter deploys and calls the committed ABI and bytecode, so a source
 * change without a recompile must fail here.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { packetsArtifact } from '../../../adapters/evm/contract.js';
import { artifactJson, compilePackets, compilerSettings } from '../../../adapters/evm/contracts/compile.js';

const committedUrl = new URL('../../../adapters/evm/contracts/IsthmusPackets.json', import.meta.url);

describe('IsthmusPackets artifact', () => {
  const compiled = compilePackets();

  it('behavior: recompiling the source gives the committed ABI and bytecode', () => {
    expect(compiled.abi).toEqual(packetsArtifact.abi);
    expect(compiled.bytecode).toBe(packetsArtifact.bytecode);
    expect(compiled.deployedBytecode).toBe(packetsArtifact.deployedBytecode);
  });

  it('behavior: the committed file is byte for byte what the compile script writes', () => {
    expect(artifactJson(compiled)).toBe(readFileSync(committedUrl, 'utf8'));
  });

  it('args: shanghai, optimizer 200 runs, no metadata hash, solc 0.8.37', () => {
    expect(packetsArtifact.compiler.settings).toEqual(compilerSettings);
    expect(compilerSettings).toEqual({
      evmVersion: 'shanghai',
      optimizer: { enabled: true, runs: 200 },
      metadata: { bytecodeHash: 'none' },
    });
    expect(packetsArtifact.compiler.version).toMatch(/^0\.8\.37\+/);
  });

  it('behavior: the runtime code fits the EIP-170 limit of 24576 bytes', () => {
    expect((packetsArtifact.deployedBytecode.length - 2) / 2).toBeLessThanOrEqual(24576);
  });
});
