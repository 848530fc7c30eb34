import type { TagColor } from '../../electron/api/contract.ts';
import { tagKey, tidyTag } from '../../common/tag-names.ts';
import type { StoreHost } from './store-host.ts';

/** What the person does with tags: on the open clip, on a selection, and to the tags themselves. */
export class TagActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  /** Adds or removes tags on the given clips (the open one, or a selection). */
  async change(ids: string[], change: { add?: string[]; remove?: string[] }): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      await store.api.tagClips(ids, change);
      // The rows on screen come again with their tags (a filter may now let other clips through, or
      // hold some back), and the open clip takes its own. The suggestions stay as they are: the one
      // taken shows ticked, in its place.
      await this.#reloadClips(ids);
    });
  }

  async rename(from: string, to: string): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const tags = await store.api.renameTag(from, to);
      const target = tags.find((t) => tagKey(t.name) === tagKey(tidyTag(to)))?.name ?? to;
      const { tagFilter } = store.state.list;
      store.update({ library: { tags } });
      store.toast(`Renamed “${from}” to “${target}”.`);
      if (tagFilter.includes(from))
        await store.list.setTagFilter([
          ...new Set(tagFilter.map((t) => (t === from ? target : t))),
        ]);
      await this.#reloadClips();
    });
  }

  async setColor(name: string, color: TagColor | null): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      await store.api.setTagColor(name, color);
      await store.recount();
    });
  }

  async remove(name: string): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const { clipIds, color } = await store.api.deleteTag(name);
      store.toast(
        `Removed the tag “${name}” from ${clipIds.length === 1 ? 'one clip' : `${clipIds.length} clips`}.`,
        async () => {
          await store.api.tagClips(clipIds, { add: [name] });
          if (color) await store.api.setTagColor(name, color);
          await this.#reloadClips();
        },
      );
      await this.#reloadClips();
    });
  }

  /** Tags changed on clips the window may not hold: the rows on screen and the counts are asked again, and the open clip's tags. */
  async #reloadClips(changed?: readonly string[]): Promise<void> {
    const store = this.#store;
    await store.refresh();
    const open = store.state.reader.clip?.record.id;
    if (!open || (changed && !changed.includes(open))) return;
    const line = store.state.list.rows.find((c) => c?.id === open);
    const { tags } = line ?? (await store.api.getClip(open)).record;
    store.patchClip(open, () => ({ tags }));
  }
}
