import type { PresscutApi, TagSummary } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import { bodyText } from '../model/article.ts';
import { canonicalTag, normalizeTag, tagKey } from '../../common/tag-names.ts';
import type { ServiceContext } from './context.ts';

type TagMethods = Pick<
  PresscutApi,
  'listTags' | 'tagClips' | 'renameTag' | 'deleteTag' | 'setTagColor' | 'suggestTags'
>;

export function tagMethods({ store }: ServiceContext): TagMethods {
  /** Every tag in use, with how many clips carry it and its colour. */
  function listTags(): TagSummary[] {
    const counts = new Map<string, number>();
    for (const record of store.records())
      for (const tag of record.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const colors = store.tags();
    return [...counts]
      .map(([name, count]) => ({
        name,
        count,
        color: Object.hasOwn(colors, name) ? colors[name].color : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  }

  function knownTags(): string[] {
    return listTags().map((t) => t.name);
  }

  function clipsWithTag(name: string): string[] {
    return store
      .records()
      .filter((r) => r.tags.includes(name))
      .map((r) => r.id);
  }

  return {
    async listTags() {
      return listTags();
    },

    async tagClips(ids, { add = [], remove = [] }) {
      const known = knownTags();
      const adding = add.map((t) => canonicalTag(normalizeTag(t), known));
      const removing = new Set(remove.map((t) => tagKey(normalizeTag(t))));
      const updated = await store.updateRecords(ids, (record) => {
        const tags = record.tags.filter((t) => !removing.has(tagKey(t)));
        for (const tag of adding) if (!tags.some((t) => tagKey(t) === tagKey(tag))) tags.push(tag);
        return { ...record, tags };
      });
      return updated.length;
    },

    async renameTag(from, to) {
      const known = knownTags();
      const source = known.find((t) => t === from);
      if (!source) throw new PresscutError('not-found', `There is no tag “${from}”.`);
      const others = known.filter((t) => t !== source);
      const target = canonicalTag(normalizeTag(to), others);
      await store.updateRecords(clipsWithTag(source), (record) => {
        const tags = record.tags.filter((t) => t !== source && t !== target);
        return { ...record, tags: [...tags, target] };
      });
      const colors = store.tags();
      if (Object.hasOwn(colors, source)) {
        // Merging keeps the colour the existing tag had.
        if (!Object.hasOwn(colors, target)) await store.setTag(target, colors[source]);
        await store.setTag(source, null);
      }
      return listTags();
    },

    async deleteTag(name) {
      const ids = clipsWithTag(name);
      if (ids.length === 0) throw new PresscutError('not-found', `There is no tag “${name}”.`);
      const colors = store.tags();
      const color = Object.hasOwn(colors, name) ? colors[name].color : null;
      await store.updateRecords(ids, (record) => ({
        ...record,
        tags: record.tags.filter((t) => t !== name),
      }));
      if (color) await store.setTag(name, null);
      return { clipIds: ids, color };
    },

    async setTagColor(name, color) {
      if (!knownTags().includes(name))
        throw new PresscutError('not-found', `There is no tag “${name}”.`);
      await store.setTag(name, color ? { color } : null);
    },

    async suggestTags(id) {
      const record = store.record(id);
      const body = await store.body(id);
      // Loaded when first asked: its word lists take a while to load, and main's start need not wait.
      const { buildVocabulary, suggestTags } = await import('../tags/suggest-tags.ts');
      const vocabulary = buildVocabulary(store.records().filter((r) => r.id !== id));
      return suggestTags(
        {
          title: record.title,
          text: bodyText(body.blocks),
          language: record.language,
          existing: record.tags,
        },
        vocabulary,
      );
    },
  };
}
