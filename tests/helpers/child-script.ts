import path from 'node:path';
import { build } from 'esbuild';

/** The search worker's source, for a child script whose code starts one: bundled beside it, as the app's is. */
export const SEARCH_WORKER = {
  'search-worker.js': path.resolve(import.meta.dirname, '../../electron/search/search-worker.ts'),
};

/** The worker a library opening a large index reads it in: any child that opens a library may start it. */
const INDEX_READ_WORKER = {
  'index-read-worker.js': path.resolve(
    import.meta.dirname,
    '../../electron/library/index-read-worker.ts',
  ),
};

/**
 * Bundles a test's child-process script into one file in `dir`, so that each
 * of the many processes a crash or race test starts loads in milliseconds,
 * with the scripts it starts itself (by file name) beside it, the library's
 * index reader always among them. Returns the bundle's path, to run with
 * `process.execPath`.
 */
export async function bundleChildScript(
  script: string,
  dir: string,
  beside: Readonly<Record<string, string>> = {},
): Promise<string> {
  const outfile = path.join(dir, `${path.basename(script, '.ts')}.mjs`);
  const options = { bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' } as const;
  await Promise.all([
    build({ ...options, entryPoints: [script], outfile }),
    ...Object.entries({ ...INDEX_READ_WORKER, ...beside }).map(([name, source]) =>
      build({ ...options, entryPoints: [source], outfile: path.join(dir, name) }),
    ),
  ]);
  return outfile;
}
