/**
 * Where the text engine loses the snippets set's figure, page by page: each
 * gold passage its main article misses (-) and each it leaks (+), with the
 * page's site, kind and the title it chose, to see which pages to look at.
 *
 *   npx tsx bench/text-errors.ts [--page ID] [--show] [--paste-bench DIR]
 *
 * `--show` prints the main article's text of every page listed (every page with --page).
 * `presscut extract --debug PAGE.txt` then shows the engine's reasons line by line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { storyText } from '../electron/model/article.ts';
import { snippetErrors } from './engines/score.ts';
import { loadSnippets, pasteBenchDir } from './engines/sets.ts';
import { textEngine } from './engines/under-test.ts';

const repo = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    page: { type: 'string' },
    show: { type: 'boolean', default: false },
    'paste-bench': { type: 'string' },
  },
});
const dir = pasteBenchDir(repo, values['paste-bench']);
if (!dir) {
  console.error(
    'text-errors: no paste bench found; give --paste-bench DIR or PRESSCUT_PASTE_BENCH',
  );
  process.exit(2);
}
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
let missedAll = 0;
let leakedAll = 0;
for (const page of loadSnippets(path.join(dir, 'snippets-dev'))) {
  if ((values.page && page.id !== values.page) || page.gold.kind !== 'snippets') continue;
  const articles = textEngine.run(page);
  const main = articles[0] ? storyText(articles[0].blocks) : '';
  const { missed, leaked } = snippetErrors(page.gold, main);
  missedAll += missed.length;
  leakedAll += leaked.length;
  if (missed.length + leaked.length === 0 && !values.page) continue;
  console.log(
    `== ${page.id} ${page.site} ${page.kind} ${page.lang}: ${articles.length} article(s), title ${articles[0]?.title ?? '-'}`,
  );
  for (const m of missed) console.log(`  - ${flat(m).slice(0, 140)}`);
  for (const l of leaked) console.log(`  + ${flat(l).slice(0, 140)}`);
  if (values.show) console.log(main);
}
console.log(`missed ${missedAll}, leaked ${leakedAll}`);
