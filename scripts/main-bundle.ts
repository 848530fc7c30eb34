import type { BuildOptions } from 'esbuild';

/**
 * How main's code is bundled (`scripts/build-electron.ts`): every package in,
 * minified. `npm run bench:library` bundles its cold start the same way, so
 * that it loads what the app loads, as the app loads it.
 */
export const mainBundle: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron'],
};

/** Bundled CommonJS modules require Node's own modules: give them `require` in an ES module. */
export const esmRequire = {
  js: "import { createRequire as __presscutRequire } from 'node:module'; const require = __presscutRequire(import.meta.url);",
};
