/**
 * Builds the main process, its task worker and index reader (ES modules), the search worker
 * beside them (main starts them from there), and the preload (one CommonJS file, as a
 * sandboxed preload must be). Every package they import is bundled in and
 * minified, so the installers ship no node_modules: the packages ship every
 * build format, docs and data main never loads, several times the code it
 * uses. That is why the project lists them all as dev dependencies.
 */
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { esmRequire, mainBundle as common } from './main-bundle.ts';

// Chunks are named by their hash: those of earlier builds would pile up and be packaged.
await rm('dist/electron', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    // The task worker and the index reader sit beside main.js, which starts them by those names
    // (electron/tasks/task-runner.ts, electron/library/read-index.ts).
    // What they load (the engines, the exports, the schemas) is in shared chunks, once.
    entryPoints: {
      main: 'electron/main.ts',
      worker: 'electron/tasks/worker.ts',
      'index-read-worker': 'electron/library/index-read-worker.ts',
    },
    outdir: 'dist/electron',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    banner: esmRequire,
  }),
  build({
    ...common,
    entryPoints: ['electron/search/search-worker.ts'],
    outfile: 'dist/electron/search-worker.js',
    format: 'esm',
    banner: esmRequire,
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
  }),
]);
