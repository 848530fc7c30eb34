import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../electron/transfer/import/read-files.ts';
import { pocketCsv } from '../helpers/pocket-csv.ts';

const encode = (text: string) => new TextEncoder().encode(text);

// How the time grows with the rows and the entries is `npm run bench:transfer`'s to measure
// (at most 2.5× per doubling): a test holds no wall-clock figure.
describe('reading large exports', () => {
  it('reads a Pocket CSV of 130,000 rows (past where spreading them into one call overflowed the stack)', () => {
    const read = readImportFiles([{ name: 'part_000000.csv', bytes: encode(pocketCsv(130_000)) }]);
    expect(read.items).toHaveLength(130_000);
    expect(read.failed).toEqual([]);
  }, 120_000);

  it('reads every entry of a ZIP of 1,000 CSVs', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 1_000; i++)
      files[`part_${String(i).padStart(6, '0')}.csv`] = encode(pocketCsv(3));
    const read = readImportFiles([{ name: 'pocket.zip', bytes: zipSync(files) }]);
    expect(read.failed).toEqual([]);
    expect(read.items).toHaveLength(3_000);
  }, 120_000);
});
