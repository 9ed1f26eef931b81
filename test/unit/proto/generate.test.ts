/**
 * `npm run proto` is reproducible: regenerating into a temporary folder gives
 * exactly the committed `proto/gen/` files.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../../proto/generate.js';

const genDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'proto', 'gen');

describe('contract: generated code', () => {
  it('behavior: regenerating from the .proto files changes nothing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'isthmus-proto-'));
    try {
      const written = await generate(out);
      const committedFiles = (await readdir(genDir)).sort();
      expect([...written].sort()).toEqual(committedFiles);
      for (const file of written) {
        const fresh = await readFile(join(out, file), 'utf8');
        const committed = await readFile(join(genDir, file), 'utf8');
        // A plain equality would print two megabytes on failure.
        expect({ file, same: fresh === committed }).toEqual({ file, same: true });
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
