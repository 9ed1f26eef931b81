/**
 * `isthmus verify …`: offline verification of headers, proofs,
 * attestations and evidence receipts with the light clients, printing one
 * JSON verdict.
 * Exit codes: 0 valid, 1 rejected, 2 unusable input.
 */
import { Option, type Command } from 'commander';
import { verifyAttestationCommand } from './attestation.js';
import { verifyEvmProofCommand } from './evm-proof.js';
import { verifyEvmHeaderCommand } from './header-evm.js';
import { verifyTendermintHeaderCommand } from './header-tendermint.js';
import { verifyProofCommand } from './proof.js';
import { trustAnchorCommand, verifyReceiptCommand } from './receipt.js';
import { UnusableInputError, exitCodeFor, EXIT_UNUSABLE, type Verdict } from './verdict.js';

/** Prints the verdict as one JSON line and returns its exit code. */
async function report(run: () => Promise<Verdict>): Promise<number> {
  try {
    const verdict = await run();
    process.stdout.write(`${JSON.stringify(verdict)}\n`);
    return exitCodeFor(verdict);
  } catch (err) {
    if (err instanceof UnusableInputError) {
      process.stdout.write(`${JSON.stringify({ ok: false, code: err.code, message: err.message })}\n`);
      return EXIT_UNUSABLE;
    }
    throw err;
  }
}

function parseBlocks(text: string): bigint {
  if (!/^[1-9]\d{0,18}$/.test(text)) {
    throw new UnusableInputError(`--clique-epoch ${JSON.stringify(text)} is not a positive block count`);
  }
  return BigInt(text);
}

interface HeaderOptions {
  type: 'tendermint' | 'evm';
  trusted: string;
  update: string;
  now?: string;
  trustLevel: string;
  trustingPeriod: string;
  maxClockDrift: string;
  consensus: 'qbft' | 'ibft2' | 'clique' | 'none';
  validators?: string;
  cliqueEpoch?: string;
}

export function addVerifyCommands(program: Command, setExitCode: (code: number) => void): void {
  const verify = program.command('verify').description('verify headers, proofs and attestations offline');

  verify
    .command('header')
    .description('verify an update header against a trusted one')
    .addOption(
      new Option('--type <type>', 'client type').choices(['tendermint', 'evm']).makeOptionMandatory(),
    )
    .requiredOption('--trusted <file>', 'trusted light block / block (JSON)')
    .requiredOption('--update <file>', 'light block / block to verify (JSON)')
    .option('--now <time>', 'current time, RFC 3339 (tendermint)')
    .option('--trust-level <fraction>', 'trust level for skipping verification (tendermint)', '1/3')
    .option('--trusting-period <duration>', 'trusting period (tendermint)', '14d')
    .option('--max-clock-drift <duration>', 'maximum clock drift (tendermint)', '10s')
    .addOption(
      new Option('--consensus <kind>', 'consensus of the EVM chain')
        .choices(['qbft', 'ibft2', 'clique', 'none'])
        .default('none'),
    )
    .option('--validators <file>', 'validator / signer set (EVM, JSON list of addresses)')
    .option('--clique-epoch <blocks>', 'Clique checkpoint interval (EVM, default 30000)')
    .action(async (o: HeaderOptions) => {
      setExitCode(
        await report(() => {
          if (o.type === 'tendermint') {
            if (o.now === undefined) throw new UnusableInputError('--now is required for --type tendermint');
            return verifyTendermintHeaderCommand({
              trusted: o.trusted,
              update: o.update,
              now: o.now,
              trustLevel: o.trustLevel,
              trustingPeriod: o.trustingPeriod,
              maxClockDrift: o.maxClockDrift,
            });
          }
          return verifyEvmHeaderCommand({
            consensus: o.consensus,
            trusted: o.trusted,
            update: o.update,
            ...(o.validators === undefined ? {} : { validators: o.validators }),
            ...(o.cliqueEpoch === undefined ? {} : { cliqueEpoch: parseBlocks(o.cliqueEpoch) }),
          });
        }),
      );
    });

  verify
    .command('proof')
    .description('verify an ICS-23 membership proof (or, without --value, an absence proof)')
    .addOption(
      new Option('--spec <spec>', 'proof spec').choices(['iavl', 'tendermint', 'smt']).makeOptionMandatory(),
    )
    .requiredOption('--root <hex>', 'commitment root')
    .requiredOption('--key <hex>', 'key')
    .option('--value <hex>', 'value (absent: prove non-membership)')
    .requiredOption('--proof <hex|@file>', 'CommitmentProof bytes as hex, or @file holding them')
    .action(
      async (o: {
        spec: 'iavl' | 'tendermint' | 'smt';
        root: string;
        key: string;
        value?: string;
        proof: string;
      }) => {
        setExitCode(await report(() => verifyProofCommand(o)));
      },
    );

  verify
    .command('evm-proof')
    .description('verify an eth_getProof response against a state root')
    .requiredOption('--get-proof <file>', 'eth_getProof JSON')
    .requiredOption('--state-root <hex>', 'state root of the block')
    .action(async (o: { getProof: string; stateRoot: string }) => {
      setExitCode(await report(() => verifyEvmProofCommand(o)));
    });

  verify
    .command('attestation')
    .description('verify a k-of-n attestation against a signer set')
    .requiredOption('--signers <file>', 'signer set (JSON)')
    .requiredOption('--attestation <file>', 'attestation (JSON)')
    .option('--now <time>', 'current time, RFC 3339')
    .action(async (o: { signers: string; attestation: string; now?: string }) => {
      setExitCode(await report(() => verifyAttestationCommand(o)));
    });

  verify
    .command('receipt')
    .description('verify an evidence receipt (protobuf or JSON) against a trust anchor of the main chain')
    .argument('<file>', 'evidence receipt bundle')
    .requiredOption('--trust <file>', "trust anchor: the main chain's validators and clients (JSON)")
    .action(async (file: string, o: { trust: string }) => {
      setExitCode(await report(() => verifyReceiptCommand({ file, trust: o.trust })));
    });

  verify
    .command('trust-anchor')
    .description("print a trust anchor for `verify receipt` from the main chain's genesis or Ledger endpoint")
    .option('--genesis <file>', "the main chain's devnet genesis.json")
    .option('--ledger <host:port>', "the main chain's Ledger endpoint (its latest validator set)")
    .option(
      '--client <chain=client>',
      "the main chain's client of a sub-network (repeatable)",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(async (o: { genesis?: string; ledger?: string; client: string[] }) => {
      try {
        process.stdout.write(`${JSON.stringify(await trustAnchorCommand(o), null, 2)}\n`);
      } catch (err) {
        if (!(err instanceof UnusableInputError)) throw err;
        process.stdout.write(`${JSON.stringify({ ok: false, code: err.code, message: err.message })}\n`);
        setExitCode(EXIT_UNUSABLE);
      }
    });
}
