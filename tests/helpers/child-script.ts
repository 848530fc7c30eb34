import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a test's child-process script into one file in `dir`, so that each
 * of the many processes a crash or race test starts loads in milliseconds.
 * Returns the bundle's path, to run with `process.execPath`.
 */
export async function bundleChildScript(script: string, dir: string): Promise<string> {
  const outfile = path.join(dir, `${path.basename(script, '.ts')}.mjs`);
  await build({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
