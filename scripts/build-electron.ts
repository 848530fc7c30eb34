/**
 * Builds the main process (ES module), the search worker beside it (main
 * starts it from there), and the preload (one CommonJS file, as a
 * sandboxed preload must be). Main's `dependencies` stay in node_modules, where
 * the installers take them from; the dev dependencies it imports (docx,
 * citation-js, Observable Plot) are bundled into it, since their packages
 * ship every build format and would take far more room than the code main uses.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
} as const;

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    external: ['electron', ...Object.keys(dependencies)],
    // Bundled CommonJS modules require Node's own modules: give them `require` in an ES module.
    banner: {
      js: "import { createRequire as __presscutRequire } from 'node:module'; const require = __presscutRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/search/search-worker.ts'],
    outfile: 'dist/electron/search-worker.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
