/**
 * Re-anchoring benchmark: real articles × highlights × the kinds of edit a
 * clip's text goes through, scored against the truth of where each
 * highlight's passage went.
 *
 *   npm run bench:anchors [-- DIR] [--articles 60] [--highlights 10] [--seed N] [--failures]
 *
 * DIR defaults to the paste bench's hand-marked bodies (shared/paste-bench/dev
 * beside the repository). For each edit kind it prints, for Presscut with the
 * old text (an edit, a re-clean), Presscut without it (a restored highlight,
 * highlights arriving for a link-only clip) and a Hypothesis-style matcher:
 * exact = placed exactly on the passage, of those whose passage survives;
 * misplaced = placed on other text, of all highlights; orphaned = kept apart
 * although the passage survives, of those whose passage survives.
 * `--failures` also prints each misplaced or orphaned highlight of Presscut's
 * two paths: the quote, where it landed and where its passage is.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reanchorAnnotations } from '../electron/annotations/reanchor.ts';
import { describeRange } from '../electron/annotations/selectors.ts';
import type { Annotation } from '../electron/model/clip.ts';
import { readArticles } from './anchors/articles.ts';
import { EDIT_KINDS, makeCase, type EditCase, type Range } from './anchors/edits.ts';
import { hypothesisAnchor } from './anchors/hypothesis-matcher.ts';
import { seededRandom } from './library/generate-library.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    articles: { type: 'string' },
    highlights: { type: 'string' },
    seed: { type: 'string' },
    failures: { type: 'boolean' },
  },
});
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir =
  positionals[0] ??
  [join(repo, '../shared/paste-bench/dev'), join(repo, '../../shared/paste-bench/dev')].find(
    existsSync,
  );
if (!dir || !existsSync(dir)) {
  console.error(
    'bench:anchors: no paste bench folder (give the folder of ID.gold.json as an argument)',
  );
  process.exit(2);
}
const seed = Number(values.seed ?? 20251201);
const articles = readArticles(dir, Number(values.articles ?? 60));
const perArticle = Number(values.highlights ?? 10);

type Matcher = (c: EditCase, annotations: Annotation[]) => (Range | null)[];
const placed = (a: Annotation) => (a.orphaned ? null : a.position);
const MATCHERS: Record<string, Matcher> = {
  'Presscut, old text known': (c, anns) => reanchorAnnotations(anns, c.before, c.after).map(placed),
  'Presscut, without old text': (c, anns) => reanchorAnnotations(anns, null, c.after).map(placed),
  'Hypothesis-style': (c) => c.highlights.map((h) => hypothesisAnchor(c.before, h, c.after)),
};

interface Score {
  all: number;
  surviving: number;
  exact: number;
  misplaced: number;
  orphaned: number;
}
const blank = (): Score => ({ all: 0, surviving: 0, exact: 0, misplaced: 0, orphaned: 0 });

type Outcome = 'exact' | 'fair' | 'misplaced' | 'orphaned';

function score(c: EditCase, found: (Range | null)[], into: Score): Outcome[] {
  return c.truth.map((truth, i): Outcome => {
    const f = found[i];
    into.all++;
    if (truth.state === 'survives') into.surviving++;
    if (!f) {
      if (truth.state !== 'survives') return 'fair';
      into.orphaned++;
      return 'orphaned';
    }
    const on = (r: Range) => f.start < r.end && r.start < f.end;
    if (truth.state === 'gone' || (truth.state === 'either' && !truth.pieces.some(on))) {
      into.misplaced++;
      return 'misplaced';
    }
    if (truth.state === 'either') return 'fair';
    if (f.start === truth.start && f.end === truth.end) {
      into.exact++;
      return 'exact';
    }
    if (on(truth)) return 'fair';
    into.misplaced++;
    return 'misplaced';
  });
}

/** A place for a failure report, with some of its surroundings, on one line. */
const shown = (text: string, r: Range | null) =>
  r
    ? `@${r.start} ${JSON.stringify(text.slice(Math.max(0, r.start - 60), r.start))} [${JSON.stringify(text.slice(r.start, r.end))}] ${JSON.stringify(text.slice(r.end, r.end + 60))}`
    : '(orphan)';

function printFailure(
  name: string,
  kind: string,
  article: string,
  c: EditCase,
  i: number,
  f: Range | null,
  outcome: Outcome,
) {
  const truth = c.truth[i];
  const h = c.highlights[i];
  const where =
    truth.state === 'survives' ? shown(c.after, truth) : truth.state === 'gone' ? 'gone' : 'either';
  console.log(
    `${outcome} · ${name} · ${kind} · ${article}\n  quote  ${shown(c.before, h)}\n  landed ${shown(c.after, f)}\n  truth  ${where}`,
  );
}

const now = '2025-07-23T10:00:00.000Z';
const scores = new Map<string, Map<string, Score>>();
const times = new Map<string, number>();
for (const name of Object.keys(MATCHERS)) times.set(name, 0);
for (const kind of EDIT_KINDS) {
  const row = new Map(Object.keys(MATCHERS).map((name) => [name, blank()]));
  scores.set(kind, row);
  articles.forEach((article, i) => {
    const random = seededRandom(seed + i * 131 + EDIT_KINDS.indexOf(kind) * 7919);
    const donor = articles[(i + 1) % articles.length];
    const c = makeCase(kind, article, donor, random, perArticle);
    const annotations = c.highlights.map((h, k): Annotation => ({
      id: `a${k}`,
      createdAt: now,
      updatedAt: now,
      color: 'yellow',
      note: '',
      orphaned: false,
      ...describeRange(c.before, h.start, h.end),
    }));
    for (const [name, matcher] of Object.entries(MATCHERS)) {
      const t = performance.now();
      const found = matcher(c, annotations);
      times.set(name, times.get(name)! + performance.now() - t);
      const outcomes = score(c, found, row.get(name)!);
      if (values.failures && name.startsWith('Presscut'))
        outcomes.forEach((o, k) => {
          if (o === 'misplaced' || o === 'orphaned')
            printFailure(name, kind, article.id, c, k, found[k], o);
        });
    }
  });
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '–');
console.log(
  `bench:anchors — ${articles.length} articles × ${perArticle} highlights × ${EDIT_KINDS.length} kinds of edit, seed ${seed} (--seed ${seed} repeats it)`,
);
for (const name of Object.keys(MATCHERS)) {
  console.log(`\n${name} (${(times.get(name)! / 1000).toFixed(2)} s in all)`);
  console.log(
    `${'edit'.padEnd(22)}${'highlights'.padStart(11)}${'surviving'.padStart(10)}${'exact'.padStart(8)}${'misplaced'.padStart(11)}${'orphaned'.padStart(10)}`,
  );
  const total = blank();
  for (const kind of EDIT_KINDS) {
    const s = scores.get(kind)!.get(name)!;
    for (const key of Object.keys(total) as (keyof Score)[]) total[key] += s[key];
    console.log(
      `${kind.padEnd(22)}${String(s.all).padStart(11)}${String(s.surviving).padStart(10)}${pct(s.exact, s.surviving).padStart(8)}${pct(s.misplaced, s.all).padStart(11)}${pct(s.orphaned, s.surviving).padStart(10)}`,
    );
  }
  console.log(
    `${'overall'.padEnd(22)}${String(total.all).padStart(11)}${String(total.surviving).padStart(10)}${pct(total.exact, total.surviving).padStart(8)}${pct(total.misplaced, total.all).padStart(11)}${pct(total.orphaned, total.surviving).padStart(10)}`,
  );
}

// A long article with many highlights, one edit: how long a save waits for its highlights.
const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919) % 5003}`);
const long = words.join(' ');
const many = Array.from({ length: 500 }, (_, i): Annotation => {
  const start = long.indexOf(' ', i * 200) + 1;
  const end = long.indexOf(' ', start + 40);
  return {
    id: `m${i}`,
    createdAt: now,
    updatedAt: now,
    color: 'yellow',
    note: '',
    orphaned: false,
    ...describeRange(long, start, end),
  };
});
const edited = `An editor added this opening line. ${long.replace(words[10_000], 'changed')}`;
// With the old text (a save) and without it (highlights arriving for a link-only clip): the same text repeats every 5,003 words, so nothing is placed by its words alone.
for (const [label, before] of [
  ['with the old text', long],
  ['without it', null],
] as const) {
  const runs: number[] = [];
  for (let run = 0; run < 7; run++) {
    const t = performance.now();
    reanchorAnnotations(many, before, edited);
    runs.push(performance.now() - t);
  }
  runs.sort((x, y) => x - y);
  console.log(
    `${label === 'with the old text' ? '\n' : ''}500 highlights in a 20,000-word article, one edit, ${label}: median ${runs[3].toFixed(0)} ms (${runs[0].toFixed(0)}–${runs[6].toFixed(0)} ms, 7 runs)`,
  );
}
