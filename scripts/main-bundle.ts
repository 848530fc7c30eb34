import { createRequire } from 'node:module';
import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';

/**
 * zod's error messages in some forty languages, which zod's `z` namespace
 * carries (its `locales`) and so every bundle that uses `z`: two thirds of
 * zod's code, parsed at every start. Presscut's messages are its own, in
 * English, and nothing reads the others, so the bundle holds English alone.
 */
const zodInEnglish: Plugin = {
  name: 'zod-in-english',
  setup(build) {
    const english = createRequire(import.meta.url).resolve('zod/v4/locales/en.js');
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      importer.split(path.sep).join('/').includes('/node_modules/zod/')
        ? { path: 'zod-locales', namespace: 'zod-in-english' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-in-english' }, () => ({
      contents: `export { default as en } from ${JSON.stringify(english)};`,
      resolveDir: path.dirname(english),
    }));
  },
};

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
  plugins: [zodInEnglish],
};

/** Bundled CommonJS modules require Node's own modules: give them `require` in an ES module. */
export const esmRequire = {
  js: "import { createRequire as __presscutRequire } from 'node:module'; const require = __presscutRequire(import.meta.url);",
};
