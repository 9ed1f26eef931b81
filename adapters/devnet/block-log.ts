/**
 * Persistence of a devnet in its data directory: `genesis.json` and
 * `blocks.jsonl`, one JSON line per block with everything a restart needs
 * to rebuild the same chain — the light block (protobuf, base64), the
 * validator sets of h+1 and h+2, the store changes of the block (replayed
 * and committed in order, so every store version and app hash comes back
 * the same), the transactions with their results, and the events.
 *
 * Lines are appended synchronously as each block is produced: a process
 * that dies loses no produced block; a torn last line (the machine died
 * mid-write) is dropped on reading.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IsthmusError } from '../../light-clients/index.js';
import { readGenesis, writeGenesis, type Genesis } from './genesis.js';

export interface BlockRecord {
  readonly height: string;
  /** `cometbft.types.v1.LightBlock`, base64. */
  readonly lightBlock: string;
  /** `cometbft.types.v1.ValidatorSet` of h+1 and h+2, base64. */
  readonly nextValidators: string;
  readonly validatorsAfterNext: string;
  /** Store root after the block, hex: checked when replaying. */
  readonly appHash: string;
  /** [hex key, base64 value or null for a deletion]. */
  readonly changes: readonly (readonly [string, string | null])[];
  /** Transaction (SubmitRequest) and its SubmitResponse, base64. */
  readonly txs: readonly { readonly tx: string; readonly response: string }[];
  /** `isthmus.v1.ChainEvent`s, base64. */
  readonly events: readonly string[];
}

export const GENESIS_FILE = 'genesis.json';
export const BLOCKS_FILE = 'blocks.jsonl';

export class BlockLog {
  readonly #path: string;

  private constructor(path: string) {
    this.#path = path;
  }

  /**
   * Opens `dir`: reads its genesis, or writes `genesis` there when the
   * directory has none; returns the log with the blocks already in it.
   */
  static async open(
    dir: string,
    genesis: Genesis | undefined,
  ): Promise<{ log: BlockLog; genesis: Genesis; records: BlockRecord[] }> {
    mkdirSync(dir, { recursive: true });
    const genesisPath = join(dir, GENESIS_FILE);
    let stored: Genesis;
    if (existsSync(genesisPath)) stored = await readGenesis(genesisPath);
    else if (genesis) {
      await writeGenesis(genesisPath, genesis);
      stored = genesis;
    } else {
      throw new IsthmusError('GENESIS_NOT_FOUND', `no ${GENESIS_FILE} in ${dir} and no genesis given`, {
        category: 'not_found',
        context: { dataDir: dir },
      });
    }
    const path = join(dir, BLOCKS_FILE);
    const records: BlockRecord[] = [];
    if (existsSync(path)) {
      const lines = readFileSync(path, 'utf8').split('\n');
      for (const [i, line] of lines.entries()) {
        if (line.length === 0) continue;
        try {
          records.push(JSON.parse(line) as BlockRecord);
        } catch (cause) {
          // Only the last line may be torn by a crash; anything before it is corruption.
          if (i >= lines.length - 2) {
            // Drop it, so the next block starts a line of its own.
            writeFileSync(
              path,
              lines
                .slice(0, i)
                .map((l) => `${l}\n`)
                .join(''),
            );
            break;
          }
          throw new IsthmusError('DATA_DIR_CORRUPT', `${path}: line ${i + 1} is not JSON`, {
            category: 'failed_precondition',
            context: { path, line: i + 1 },
            cause,
          });
        }
      }
    }
    return { log: new BlockLog(path), genesis: stored, records };
  }

  append(record: BlockRecord): void {
    appendFileSync(this.#path, `${JSON.stringify(record)}\n`);
  }
}
