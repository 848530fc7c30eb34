import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../electron/transfer/import/read-files.ts';
import { pocketCsv } from '../helpers/pocket-csv.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** The shortest of three reads of the same files, measured in this run: the one least disturbed by the rest of a busy machine. */
function leastRead(files: { name: string; bytes: Uint8Array }[]): number {
  return Math.min(
    ...[0, 1, 2].map(() => {
      const t = performance.now();
      readImportFiles(files);
      return performance.now() - t;
    }),
  );
}

describe('reading exports grows with their size, and no further', () => {
  it('reads a Pocket CSV of 130,000 rows (past where spreading them into one call overflowed the stack)', () => {
    const read = readImportFiles([{ name: 'part_000000.csv', bytes: encode(pocketCsv(130_000)) }]);
    expect(read.items).toHaveLength(130_000);
    expect(read.failed).toEqual([]);
  }, 120_000);

  // Ratios of times measured in one run, generous for a loaded machine; `npm run bench:transfer` holds the 2.5× bound.
  it('takes about four times as long for four times the rows, and the ZIP entries (sixteen, were it quadratic)', () => {
    const csv = (n: number) => [{ name: 'part_000000.csv', bytes: encode(pocketCsv(n)) }];
    const rows = leastRead(csv(5_000));
    expect(leastRead(csv(20_000)) / rows).toBeLessThan(8);
    const zip = (n: number) => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < n; i++)
        files[`part_${String(i).padStart(6, '0')}.csv`] = encode(pocketCsv(3));
      return [{ name: 'pocket.zip', bytes: zipSync(files) }];
    };
    const entries = leastRead(zip(250));
    expect(leastRead(zip(1_000)) / entries).toBeLessThan(8);
  }, 120_000);
});
