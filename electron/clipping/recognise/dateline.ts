import type { Block } from '../../model/article.ts';
import { splitSentences } from './sentences.ts';

/**
 * "KYIV - …", "BUFFALO, N.Y. — …", "LONDON (Reuters) - …", "[BANGKOK] …": the
 * place in capitals that opens a wire story.
 */
const DATELINE =
  /^(?:\[(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40})\]|(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ ,]+\p{Lu}[\p{Lu}\p{M}\p{Ll}'’.-]*){0,3})(?:\s*\([^)]{1,30}\))?\s+[-–—])\s/u;
/** The dateline is in the first sentences: after a standfirst at most. */
const SEARCH_BLOCKS = 3;
const SEARCH_SENTENCES = 3;

export function findDateline(blocks: readonly Block[]): string | null {
  for (const block of blocks.filter((b) => b.type === 'paragraph').slice(0, SEARCH_BLOCKS)) {
    for (const sentence of splitSentences(block.text).slice(0, SEARCH_SENTENCES)) {
      const match = DATELINE.exec(sentence);
      const place = match?.[1] ?? match?.[2];
      if (place && /\p{Lu}{2}/u.test(place)) return place.trim();
    }
  }
  return null;
}
