/**
 * Pairs of texts for measuring near-duplicate detection, built from the paste
 * benchmark's pages (`../shared/paste-bench/dev`): the same story as another
 * outlet would carry it (its text inside another page's menus, headlines and
 * footer, cleaned by the text engine), and pairs of stories that have nothing
 * to do with each other.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanTextPaste } from '../../electron/clipping/text/clean-paste.ts';
import { storyText } from '../../electron/model/article.ts';

/** The benchmark's pages: beside the repository, as CI lays it out, or where PASTE_BENCH_DEV says. */
export const PASTE_BENCH_DEV =
  process.env.PASTE_BENCH_DEV ??
  path.resolve(import.meta.dirname, '../../../shared/paste-bench/dev');

export interface BenchPage {
  id: string;
  /** The story as a person marked it. */
  gold: string;
  /** The whole paste, furniture and all. */
  paste: string;
  /** The paste before and after the story, where the story could be found in it. */
  furniture: { before: string; after: string } | null;
}

export function readBenchPages(dir = PASTE_BENCH_DEV): BenchPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.gold\.json$/, '');
      const gold = (
        JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { articleBody: string }
      ).articleBody;
      const paste = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
      return { id, gold, paste, furniture: furnitureOf(gold, paste) };
    });
}

/** What stands around the story in its paste: everything before its first paragraph and after its last. */
function furnitureOf(gold: string, paste: string): BenchPage['furniture'] {
  const paragraphs = gold
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  const start = paste.indexOf(paragraphs[0].slice(0, 50));
  const last = paragraphs[paragraphs.length - 1].slice(-50);
  const end = paste.lastIndexOf(last);
  if (start < 0 || end < start) return null;
  return { before: paste.slice(0, start), after: paste.slice(end + last.length) };
}

/** The main story the text engine finds in a paste. */
export function cleanedStory(paste: string): string {
  const [main] = cleanTextPaste(paste, { clippedAt: new Date('2025-07-24T09:00:00Z') });
  return main ? storyText(main.blocks) : '';
}

export interface TextPair {
  label: string;
  a: string;
  b: string;
}

/**
 * Each page's story against the same story pasted from another outlet's
 * page: the next page (in file order) that has furniture lends its own, and
 * the text engine cleans the result as it would a paste. With `share` below
 * 1, the other outlet ran only that share of the story's paragraphs, as
 * papers cut a wire story to fit.
 */
export function sameStoryPairs(
  pages: readonly BenchPage[],
  { share = 1 }: { share?: number } = {},
): TextPair[] {
  const donors = pages.filter((p) => p.furniture);
  return pages.flatMap((page, i) => {
    let donor = donors[(i + 1) % donors.length];
    if (donor === page) donor = donors[(i + 2) % donors.length];
    if (!donor?.furniture || donor === page) return [];
    const paragraphs = page.gold.split('\n').filter((p) => p.trim());
    const story = paragraphs
      .slice(0, Math.max(1, Math.round(paragraphs.length * share)))
      .join('\n');
    const pasted = `${donor.furniture.before}\n${story}\n${donor.furniture.after}`;
    return [{ label: `${page.id} in ${donor.id}'s page`, a: page.gold, b: cleanedStory(pasted) }];
  });
}

/**
 * Stories that are not the same: each page's story against every other page's
 * story, and against every other page's whole paste (menus and related
 * headlines included, which is where unrelated texts share most).
 */
export function unrelatedPairs(pages: readonly BenchPage[]): TextPair[] {
  const out: TextPair[] = [];
  for (let i = 0; i < pages.length; i++)
    for (let j = 0; j < pages.length; j++) {
      if (i === j) continue;
      if (i < j)
        out.push({ label: `${pages[i].id} / ${pages[j].id}`, a: pages[i].gold, b: pages[j].gold });
      out.push({
        label: `${pages[i].id} / paste ${pages[j].id}`,
        a: pages[i].gold,
        b: pages[j].paste,
      });
    }
  return out;
}
