/**
 * Generates static protobufjs code and its TypeScript declarations from the
 * `.proto` files under `proto/isthmus`: `npm run proto`.
 *
 * The output is committed (`proto/gen/`) so that a clean checkout builds
 * without running code generation; `test/unit/proto/generate.test.ts`
 * regenerates into a temporary folder and fails on any difference.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pbjs, pbts } from 'protobufjs-cli';

const protoRoot = dirname(fileURLToPath(import.meta.url));

function run(main: typeof pbjs.main, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    main(args, (err, output) => (err ? reject(err) : resolve(output ?? '')));
  });
}

async function protoFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.proto'))
    .map((e) => relative(protoRoot, join(e.parentPath, e.name)))
    .sort();
}

/** Writes `isthmus.js` and `isthmus.d.ts` into `outDir`. */
export async function generate(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const files = (await protoFiles(join(protoRoot, 'isthmus'))).map((f) => join(protoRoot, f));
  const js = join(outDir, 'isthmus.js');
  // The esm wrapper with `.js` keeps the output loadable by Node's ESM
  // resolver (protobufjs has no `exports` map).
  await run(pbjs.main, [
    '--target',
    'static-module',
    '--wrap',
    'esm',
    '--dependency',
    'protobufjs/minimal.js',
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
  await writeFile(join(outDir, 'isthmus.d.ts'), esmDts);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? join(protoRoot, 'gen');
  await generate(out);
  const size = (await readFile(join(out, 'isthmus.js'))).length;
  process.stdout.write(
    `proto: wrote ${relative(process.cwd(), out)}/isthmus.{js,d.ts} (${size} bytes of code)\n`,
  );
}
