import { describe, expect, it } from 'vitest';
import { estimateJaccard } from '../../electron/near-duplicates/minhash.ts';
import {
  containmentOf,
  isSameStory,
  sketchText,
} from '../../electron/near-duplicates/near-duplicate-index.ts';
import {
  PASTE_BENCH_DEV,
  readBenchPages,
  sameStoryPairs,
  unrelatedPairs,
  type TextPair,
} from '../helpers/near-duplicate-pairs.ts';

const pages = readBenchPages();
// Each page's texts take part in many pairs: sketched once each.
const sketches = new Map<string, ReturnType<typeof sketchText>>();
function sketchOnce(text: string) {
  let sketch = sketches.get(text);
  if (!sketch) sketches.set(text, (sketch = sketchText(text)));
  return sketch;
}

function sameStory({ a, b }: TextPair): boolean {
  const [x, y] = [sketchOnce(a), sketchOnce(b)];
  const similarity = estimateJaccard(x.signature, y.signature);
  return (
    x.shingles > 0 &&
    y.shingles > 0 &&
    isSameStory(similarity, containmentOf(similarity, x.shingles, y.shingles))
  );
}

describe.skipIf(pages.length === 0)(
  `near-duplicates on the paste benchmark (${PASTE_BENCH_DEV})`,
  () => {
    it(
      'finds the same story pasted from another outlet’s page, whole or cut short',
      { timeout: 120_000 },
      () => {
        for (const share of [1, 0.6]) {
          const pairs = sameStoryPairs(pages, { share });
          const found = pairs.filter(sameStory).length;
          console.log(`same-story pairs (share ${share}): ${found} of ${pairs.length}`);
          expect(found / pairs.length).toBeGreaterThanOrEqual(0.95);
        }
      },
    );

    it(
      'takes no two unrelated stories for one, among more than 10,000 pairs',
      { timeout: 120_000 },
      () => {
        const pairs = unrelatedPairs(pages);
        expect(pairs.length).toBeGreaterThanOrEqual(10_000);
        expect(pairs.filter(sameStory).map((p) => p.label)).toEqual([]);
      },
    );
  },
);
