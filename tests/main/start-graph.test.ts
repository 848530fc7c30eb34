import { build, type Metafile } from 'esbuild';
import { expect, it } from 'vitest';
import { mainBundle } from '../../scripts/main-bundle.ts';

/**
 * The modules main loads before its first line runs: those its entry imports
 * statically, and theirs, as main is bundled. What is imported only when
 * needed (`await import(…)`) is not among them.
 */
async function loadedAtStart(entry: string): Promise<string[]> {
  const { metafile } = await build({
    ...mainBundle,
    entryPoints: [entry],
    outdir: 'unused',
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
  });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const seen = new Set([entry]);
  const next = [entry];
  for (let file = next.pop(); file !== undefined; file = next.pop())
    for (const { path, kind, external } of inputs[file]?.imports ?? [])
      if (kind === 'import-statement' && !external && !seen.has(path)) {
        seen.add(path);
        next.push(path);
      }
  return [...seen];
}

/** Slow to load and not needed before the library has started: zod's schemas, lowdb, the store, the services. */
const LATER = [
  /node_modules\/zod\//,
  /node_modules\/lowdb\//,
  /^electron\/library\/store\.ts$/,
  /^electron\/api\/argument-schemas\.ts$/,
  /^electron\/service\/presscut-service\.ts$/,
];

it('main starts the library before it loads zod, lowdb, the store or the services', async () => {
  const loaded = await loadedAtStart('electron/main.ts');
  // The entry's own start: the library's lock and the search index.
  expect(loaded).toContain('electron/service/open-service.ts');
  expect(loaded).toContain('electron/library/lock.ts');
  expect(loaded.filter((file) => LATER.some((pattern) => pattern.test(file)))).toEqual([]);
}, 60_000);

it("checks the first screen's calls without making every method's schemas", async () => {
  const loaded = await loadedAtStart('electron/api/dispatch.ts');
  expect(loaded).toContain('electron/api/first-screen-schemas.ts');
  expect(loaded.filter((file) => /^electron\/(api\/argument-schemas|model\/)/.test(file))).toEqual(
    [],
  );
}, 60_000);

it('makes the services without loading reviews, citations, file clipping or tag suggestions', async () => {
  const loaded = await loadedAtStart('electron/service/presscut-service.ts');
  expect(loaded).toContain('electron/service/review-methods.ts');
  const heavy =
    /node_modules\/(docx|citeproc|@citation-js|stopwords-iso)\/|^electron\/(review|citations)\/|^electron\/files\/file-to-clip\.ts$|^electron\/tags\/suggest-tags\.ts$/;
  expect(loaded.filter((file) => heavy.test(file))).toEqual([]);
}, 60_000);
