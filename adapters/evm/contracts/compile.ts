/**
 * Compiles `IsthmusPackets.sol` with the `solc` npm package (WebAssembly,
 * the version pinned in package.json) and writes `IsthmusPackets.json`:
 * `tsx adapters/evm/contracts/compile.ts`; with `--check`, writes nothing
 * and exits 1 when the committed JSON is not what the source compiles to.
 *
 * The ABI and bytecode are committed so that the adapter needs no compiler
 * at run time; test/integration/evm/contract-artifact.test.ts recompiles
 * and compares. The settings make the output reproducible: a fixed EVM
 * version (shanghai, what ganache and the permissioned EVMs we target run)
 * and no metadata hash, which would change with the source file's path and
 * comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import solc from 'solc';
import { IsthmusError } from '../../../light-clients/index.js';
import type { PacketsArtifact } from '../contract.js';

const CONTRACT = 'IsthmusPackets';
const SOURCE_NAME = `${CONTRACT}.sol`;
const sourceUrl = new URL(`./${SOURCE_NAME}`, import.meta.url);
const artifactUrl = new URL(`./${CONTRACT}.json`, import.meta.url);

/** The compiler settings that shape the bytecode, recorded in the artifact. */
export const compilerSettings = {
  evmVersion: 'shanghai',
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: 'none' },
} as const;

interface SolcMessage {
  readonly severity: 'error' | 'warning' | 'info';
  readonly formattedMessage: string;
}

interface SolcContract {
  readonly abi: PacketsArtifact['abi'];
  readonly evm: {
    readonly bytecode: { readonly object: string };
    readonly deployedBytecode: { readonly object: string };
  };
}

interface SolcOutput {
  readonly errors?: readonly SolcMessage[];
  readonly contracts?: Readonly<Record<string, Readonly<Record<string, SolcContract>>>>;
}

/** Compiles the contract; COMPILE_FAILED on any error or warning, so the source stays clean. */
export function compilePackets(): PacketsArtifact {
  const input = {
    language: 'Solidity',
    sources: { [SOURCE_NAME]: { content: readFileSync(sourceUrl, 'utf8') } },
    settings: {
      ...compilerSettings,
      outputSelection: {
        [SOURCE_NAME]: { [CONTRACT]: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)) as string) as SolcOutput;
  const problems = (output.errors ?? []).filter((m) => m.severity !== 'info');
  if (problems.length > 0) {
    throw new IsthmusError(
      'COMPILE_FAILED',
      `solc reports:\n${problems.map((m) => m.formattedMessage).join('\n')}`,
      {
        category: 'internal',
        context: { source: SOURCE_NAME },
      },
    );
  }
  const contract = output.contracts?.[SOURCE_NAME]?.[CONTRACT];
  if (contract === undefined) {
    throw new IsthmusError('COMPILE_FAILED', `solc produced no ${CONTRACT}`, {
      category: 'internal',
      context: { source: SOURCE_NAME },
    });
  }
  return {
    contractName: CONTRACT,
    compiler: { version: solc.version() as string, settings: compilerSettings },
    abi: contract.abi,
    bytecode: `0x${contract.evm.bytecode.object}`,
    deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
  };
}

/** The artifact as committed: 2-space JSON and a final newline, as prettier leaves it. */
export function artifactJson(artifact: PacketsArtifact): string {
  return `${JSON.stringify(artifact, null, 2)}\n`;
}

function main(args: readonly string[]): number {
  const json = artifactJson(compilePackets());
  if (args.includes('--check')) {
    const committed = readFileSync(artifactUrl, 'utf8');
    if (committed === json) return 0;
    process.stderr.write(`${fileURLToPath(artifactUrl)} is stale: run this script without --check\n`);
    return 1;
  }
  writeFileSync(artifactUrl, json);
  process.stdout.write(`wrote ${fileURLToPath(artifactUrl)}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
