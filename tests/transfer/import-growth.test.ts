import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../electron/transfer/import/read-files.ts';
import { pocketCsv } from '../helpers/pocket-csv.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** The median time of three reads of the same files, measured in this run. */
function medianRead(files: { name: string; bytes: Uint8Array }[]): number {
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    readImportFiles(files);
    return performance.now() - t;
  });
  return times.sort((a, b) => a - b)[1];
}

describe('reading exports grows with their size, and no further', () => {
  it('reads a Pocket CSV of 130,000 rows (past where spreading them into one call overflowed the stack)', () => {
    const read = readImportFiles([{ name: 'part_000000.csv', bytes: encode(pocketCsv(130_000)) }]);
    expect(read.items).toHaveLength(130_000);
    expect(read.failed).toEqual([]);
  }, 120_000);

  // Ratios of times measured in one run, generous for a loaded machine; `npm run bench:transfer` holds the 2.5× bound.
  it('takes about twice as long for twice the rows, and for twice the ZIP entries', () => {
    const csv = (n: number) => [{ name: 'part_000000.csv', bytes: encode(pocketCsv(n)) }];
    expect(medianRead(csv(20_000)) / medianRead(csv(10_000))).toBeLessThan(4);
    const zip = (n: number) => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < n; i++)
        files[`part_${String(i).padStart(6, '0')}.csv`] = encode(pocketCsv(3));
      return [{ name: 'pocket.zip', bytes: zipSync(files) }];
    };
    expect(medianRead(zip(1_000)) / medianRead(zip(500))).toBeLessThan(4);
  }, 120_000);
});
