/**
 * `npm run bench [-- name ...]`: runs the named benchmarks (all when none is
 * named) and prints their figures as ratios to a same-run baseline.
 */
import { codec } from './codec.js';

const benchmarks: Readonly<Record<string, () => Promise<string[]>>> = { codec };

const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
  process.stdout.write(`== ${name}\n`);
  for (const line of await benchmarks[name]!()) process.stdout.write(`${line}\n`);
}
