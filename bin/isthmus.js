#!/usr/bin/env node
// The `isthmus` command. Runs the compiled CLI from dist/ when the package
// has been built (`npm run build`), otherwise the TypeScript sources through
// tsx (a development dependency).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/relayer/cli/main.js', import.meta.url);
let cli;
if (existsSync(fileURLToPath(built))) {
  cli = await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../relayer/cli/main.ts', import.meta.url).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
