/** `isthmus verify proof` handler over the cosmos/ics23 vectors and files written to a temp dir. */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProofCommand, type ProofSpecName } from '../../../relayer/cli/verify/proof.js';
import { UnusableInputError, exitCodeFor } from '../../../relayer/cli/verify/verdict.js';
import { describeWithFixtures } from '../../support/fixtures.js';

let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'isthmus-verify-proof-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Raw {
  readonly root: string;
  readonly key: string;
  readonly value: string;
  readonly proof: string;
}

describeWithFixtures('ics23', 'cli: isthmus verify proof', (dir) => {
  const raw = (tree: string, file: string): Raw =>
    JSON.parse(readFileSync(join(dir, tree, `${file}.json`), 'utf8')) as Raw;

  it.each([
    ['iavl', 'exist_middle'],
    ['tendermint', 'exist_left'],
    ['smt', 'exist_right'],
  ] as const)('behavior: a %s membership proof (%s) is valid, exit 0', async (spec, file) => {
    const r = raw(spec, file);
    const verdict = await verifyProofCommand({
      spec,
      root: r.root,
      key: r.key,
      value: r.value,
      proof: r.proof,
    });
    expect(verdict).toMatchObject({ ok: true, code: 'OK', spec, kind: 'membership', key: r.key });
    expect(exitCodeFor(verdict)).toBe(0);
  });

  it.each([
    ['iavl', 'nonexist_middle'],
    ['smt', 'nonexist_left'],
  ] as const)(
    'behavior: a %s absence proof (%s) read from @file is valid without a value',
    async (spec, file) => {
      const r = raw(spec, file);
      const path = join(tmp, `${spec}-${file}.hex`);
      await writeFile(path, `${r.proof}\n`);
      const verdict = await verifyProofCommand({ spec, root: `0x${r.root}`, key: r.key, proof: `@${path}` });
      expect(verdict).toMatchObject({ ok: true, code: 'OK', kind: 'non-membership' });
    },
  );

  it('error: another value is rejected as VALUE_MISMATCH, exit 1', async () => {
    const r = raw('iavl', 'exist_left');
    const verdict = await verifyProofCommand({
      spec: 'iavl',
      root: r.root,
      key: r.key,
      value: '00',
      proof: r.proof,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'VALUE_MISMATCH' });
    expect(exitCodeFor(verdict)).toBe(1);
  });

  it('error: the proof under another spec is rejected', async () => {
    const r = raw('tendermint', 'exist_middle');
    const verdict = await verifyProofCommand({
      spec: 'iavl',
      root: r.root,
      key: r.key,
      value: r.value,
      proof: r.proof,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'LEAF_PREFIX_INVALID' });
  });

  it('error: an existence proof given no value is PROOF_TYPE_MISMATCH', async () => {
    const r = raw('smt', 'exist_left');
    const verdict = await verifyProofCommand({ spec: 'smt', root: r.root, key: r.key, proof: r.proof });
    expect(verdict).toMatchObject({ ok: false, code: 'PROOF_TYPE_MISMATCH' });
  });

  it('error: truncated proof bytes are rejected as PROOF_MALFORMED', async () => {
    const r = raw('iavl', 'exist_left');
    const verdict = await verifyProofCommand({
      spec: 'iavl',
      root: r.root,
      key: r.key,
      value: r.value,
      proof: r.proof.slice(0, 40),
    });
    expect(verdict).toMatchObject({ ok: false, code: 'PROOF_MALFORMED' });
  });

  it('error: a zero root is rejected as ROOT_INVALID', async () => {
    const r = raw('iavl', 'exist_left');
    const verdict = await verifyProofCommand({
      spec: 'iavl',
      root: '00'.repeat(32),
      key: r.key,
      value: r.value,
      proof: r.proof,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'ROOT_INVALID' });
  });

  it('args: a missing proof file is unusable input', async () => {
    const r = raw('iavl', 'exist_left');
    await expect(
      verifyProofCommand({
        spec: 'iavl',
        root: r.root,
        key: r.key,
        value: r.value,
        proof: `@${join(tmp, 'missing.hex')}`,
      }),
    ).rejects.toBeInstanceOf(UnusableInputError);
  });

  it('args: non-hex input is unusable input', async () => {
    const r = raw('iavl', 'exist_left');
    await expect(
      verifyProofCommand({ spec: 'iavl', root: 'zz', key: r.key, proof: r.proof }),
    ).rejects.toMatchObject({
      code: 'UNUSABLE_INPUT',
    });
    await expect(
      verifyProofCommand({ spec: 'iavl', root: r.root, key: 'abc', proof: r.proof }),
    ).rejects.toMatchObject({
      code: 'UNUSABLE_INPUT',
    });
  });

  it('args: an unknown spec is unusable input', async () => {
    const r = raw('iavl', 'exist_left');
    await expect(
      verifyProofCommand({ spec: 'patricia' as ProofSpecName, root: r.root, key: r.key, proof: r.proof }),
    ).rejects.toMatchObject({ code: 'UNUSABLE_INPUT' });
  });
});
