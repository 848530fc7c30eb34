/**
 * Near-duplicate detection, measured: on pairs built from the paste
 * benchmark, how many same-story pairs are found (recall) and how many
 * unrelated pairs are taken for one story (false matches); then how long
 * checking a paste takes against a library of CLIPS clips (50,000 unless
 * given), median and p95 over the benchmark's stories.
 *
 *     npm run bench:near-duplicates [-- --clips 50000]
 */
import { parseArgs } from 'node:util';
import {
  containmentOf,
  isSameStory,
  NearDuplicateIndex,
  sketchText,
} from '../electron/near-duplicates/near-duplicate-index.ts';
import { estimateJaccard } from '../electron/near-duplicates/minhash.ts';
import { createWords } from './library/words.ts';
import { seededRandom } from './library/generate-library.ts';
import { median, percentile } from './library/stats.ts';
import {
  readBenchPages,
  sameStoryPairs,
  unrelatedPairs,
  type TextPair,
} from '../tests/helpers/near-duplicate-pairs.ts';

const { values } = parseArgs({ options: { clips: { type: 'string' } } });
const CLIPS = Number(values.clips ?? 50_000);

const pages = readBenchPages();
// Each page's texts take part in many pairs: sketched once each.
const sketches = new Map<string, ReturnType<typeof sketchText>>();
function sketchOnce(text: string) {
  let sketch = sketches.get(text);
  if (!sketch) sketches.set(text, (sketch = sketchText(text)));
  return sketch;
}
if (pages.length === 0) throw new Error('the paste benchmark is not at ../shared/paste-bench/dev');

function judge(pair: TextPair) {
  const a = sketchOnce(pair.a);
  const b = sketchOnce(pair.b);
  const similarity = estimateJaccard(a.signature, b.signature);
  const containment = containmentOf(similarity, a.shingles, b.shingles);
  return {
    similarity,
    containment,
    same: a.shingles > 0 && b.shingles > 0 && isSameStory(similarity, containment),
  };
}

const same = sameStoryPairs(pages).map((pair) => ({ pair, ...judge(pair) }));
const cut = sameStoryPairs(pages, { share: 0.6 }).map((pair) => ({ pair, ...judge(pair) }));
const unrelated = unrelatedPairs(pages).map((pair) => ({ pair, ...judge(pair) }));
const falseMatches = unrelated.filter((p) => p.same);
for (const [label, pairs] of [
  ["same story, another outlet's page", same],
  ['the same with its last 40% of paragraphs cut', cut],
] as const) {
  const found = pairs.filter((p) => p.same).length;
  console.log(
    `${label}: ${found} of ${pairs.length} found (recall ${(found / pairs.length).toFixed(3)})`,
  );
  for (const miss of pairs.filter((p) => !p.same))
    console.log(
      `  missed ${miss.pair.label}: similarity ${miss.similarity.toFixed(2)}, containment ${miss.containment.toFixed(2)}`,
    );
}
console.log(`unrelated pairs: ${falseMatches.length} false matches in ${unrelated.length}`);
for (const f of falseMatches)
  console.log(
    `  false match ${f.pair.label}: similarity ${f.similarity.toFixed(2)}, containment ${f.containment.toFixed(2)}`,
  );
console.log(
  `  highest similarity ${Math.max(...unrelated.map((p) => p.similarity)).toFixed(2)}, containment ${Math.max(...unrelated.map((p) => p.containment)).toFixed(2)}`,
);

// A library of CLIPS made-up stories of a few hundred words, and the benchmark's stories checked against it.
const random = seededRandom(20251201);
const words = createWords(random);
const texts = Array.from({ length: CLIPS }, () =>
  words.sentences(250 + Math.floor(random() * 700)),
);
const index = new NearDuplicateIndex();
let t = performance.now();
for (const [i, text] of texts.entries()) index.add(`clip-${i}`, sketchText(text));
const built = performance.now() - t;
texts.length = 0;
for (const [i, page] of pages.entries()) index.add(`bench-${i}`, sketchText(page.gold));
const checks: number[] = [];
let hits = 0;
for (const { pair } of same) {
  t = performance.now();
  const matches = index.find(sketchText(pair.b));
  checks.push(performance.now() - t);
  if (matches.some((m) => m.id.startsWith('bench-'))) hits++;
}
const heap = process.memoryUsage().heapUsed;
console.log(
  `\n${CLIPS.toLocaleString('en')} clips indexed in ${(built / 1000).toFixed(1)} s (${(heap / 1024 / 1024).toFixed(0)} MB heap)`,
);
console.log(
  `a paste checked (sketch + lookup): median ${median(checks).toFixed(2)} ms, p95 ${percentile(checks, 95).toFixed(2)} ms, max ${Math.max(...checks).toFixed(2)} ms over ${checks.length} pastes; ${hits} found their story among them`,
);
