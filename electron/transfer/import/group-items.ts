import { createHash } from 'node:crypto';
import type { ImportedItem } from './imported-item.ts';
import { textFingerprint } from './merge-clips.ts';
import { urlKey } from './url-key.ts';

/** The raw text an item holds, for finding the same article twice before cleaning it: spaces and case aside. */
function contentKey(item: ImportedItem): string | null {
  const { content } = item;
  if (!content) return null;
  if (content.kind === 'blocks') return textFingerprint(content.blocks);
  // The HTML as given, not the text it reads as: working that out for every item would cost more than the import saves.
  const raw = content.paste.html ?? content.paste.text;
  const text = raw.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return text ? `raw:${createHash('sha256').update(text).digest('hex')}` : null;
}

/**
 * The items of an import that are one article: the same address (tracking
 * parameters aside) or the same text, across every file of the import. Each
 * group keeps its items in the order given, and groups come in the order of
 * their first item, so the same files always group the same way.
 */
export function groupItems(items: readonly ImportedItem[]): ImportedItem[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const firstWith = new Map<string, number>();
  items.forEach((item, i) => {
    const keys = [item.url ? `url:${urlKey(item.url)}` : null, contentKey(item)];
    for (const key of keys) {
      if (!key) continue;
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, i);
      else {
        const [a, b] = [root(seen), root(i)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, ImportedItem[]>();
  items.forEach((item, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(item);
    else groups.set(r, [item]);
  });
  return [...groups.values()];
}
