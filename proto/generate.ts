/**
 * Generates static protobufjs code and its TypeScript declarations from the
 * `.proto` files under `proto/isthmus`: `npm run proto`.
 *
 * The output is committed (`proto/gen/`) so that a clean checkout builds
 * without running code generation; `test/unit/proto/generate.test.ts`
 * regenerates into a temporary folder and fails on any difference.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pbjs, pbts } from 'protobufjs-cli';

const protoRoot = dirname(fileURLToPath(import.meta.url));

/**
 * One generated module per proto package family, each under its own
 * `protobuf.roots` name so that their namespaces never collide. A bundle
 * whose folder holds no `.proto` file yields nothing.
 */
export const bundles: ReadonlyArray<{ readonly name: string; readonly dir: string }> = [
  { name: 'isthmus', dir: 'isthmus' },
  { name: 'cometbft', dir: 'cometbft' },
  { name: 'ics23', dir: 'cosmos/ics23' },
];

function run(main: typeof pbjs.main, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    main(args, (err, output) => (err ? reject(err) : resolve(output ?? '')));
  });
}

async function protoFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.proto'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Writes `<bundle>.js` and `<bundle>.d.ts` for every bundle (or only those
 * named) into `outDir`; returns the file names.
 */
export async function generate(outDir: string, only: readonly string[] = []): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const bundle of bundles.filter((b) => only.length === 0 || only.includes(b.name))) {
    const files = await protoFiles(join(protoRoot, bundle.dir));
    if (files.length === 0) continue;
    const js = join(outDir, `${bundle.name}.js`);
    // The esm wrapper with `.js` keeps the output loadable by Node's ESM
    // resolver (protobufjs has no `exports` map).
    await run(pbjs.main, [
      '--target',
      'static-module',
      '--wrap',
      'esm',
      '--dependency',
      'protobufjs/minimal.js',
      '--root',
      bundle.name,
      '--path',
      protoRoot,
      '--out',
      js,
      ...files,
    ]);
    const dts = await run(pbts.main, [js]);
    // pbts writes a CommonJS-style `import Long = require("long")`, which an
    // ES module declaration file may not contain.
    const esmDts = dts.replace('import Long = require("long");', 'import Long from "long";');
    await writeFile(join(outDir, `${bundle.name}.d.ts`), esmDts);
    written.push(`${bundle.name}.js`, `${bundle.name}.d.ts`);
  }
  return written;
}

// `npm run proto [-- bundle...]`: all bundles, or only the named ones.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(protoRoot, 'gen');
  const written = await generate(out, process.argv.slice(2));
  process.stdout.write(
    `proto: wrote ${written.map((f) => join(relative(process.cwd(), out), f)).join(', ')}\n`,
  );
}
