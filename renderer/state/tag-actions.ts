import type { TagColor } from '../../electron/api/contract.ts';
import { tagKey, tidyTag } from '../../common/tag-names.ts';
import type { AppStore } from './app-store.ts';

/** What the person does with tags: on the open clip, on a selection, and to the tags themselves. */
export class TagActions {
  #store: AppStore;

  constructor(store: AppStore) {
    this.#store = store;
  }

  /** Adds or removes tags on the given clips (the open one, or a selection). */
  async change(ids: string[], change: { add?: string[]; remove?: string[] }): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const updated = await store.api.tagClips(ids, change);
      for (const clip of updated)
        store.patchClip(clip.id, () => ({ tags: clip.tags, updatedAt: clip.updatedAt }));
      // The suggestions stay as they are: the one taken shows ticked, in its place.
      store.update({ library: { tags: await store.api.listTags() } });
    });
  }

  async rename(from: string, to: string): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const tags = await store.api.renameTag(from, to);
      const target = tags.find((t) => tagKey(t.name) === tagKey(tidyTag(to)))?.name ?? to;
      const tagFilter = [
        ...new Set(store.state.list.tagFilter.map((t) => (t === from ? target : t))),
      ];
      store.update({ library: { tags }, list: { tagFilter } });
      store.toast(`Renamed “${from}” to “${target}”.`);
      await this.#reloadClips();
    });
  }

  async setColor(name: string, color: TagColor | null): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      await store.api.setTagColor(name, color);
      store.update({ library: { tags: await store.api.listTags() } });
    });
  }

  async remove(name: string): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const { clipIds, color } = await store.api.deleteTag(name);
      store.update({
        list: { tagFilter: store.state.list.tagFilter.filter((t) => t !== name) },
        library: { tags: await store.api.listTags() },
      });
      store.toast(
        `Removed the tag “${name}” from ${clipIds.length === 1 ? 'one clip' : `${clipIds.length} clips`}.`,
        async () => {
          await store.api.tagClips(clipIds, { add: [name] });
          if (color) await store.api.setTagColor(name, color);
          store.update({ library: { tags: await store.api.listTags() } });
          await this.#reloadClips();
        },
      );
      await this.#reloadClips();
    });
  }

  /** A tag renamed or deleted everywhere changes clips the window may not hold: list them again. */
  async #reloadClips(): Promise<void> {
    const store = this.#store;
    const clips = await store.api.listClips();
    store.update({ library: { clips } });
    const open = store.state.reader.clip;
    const line = open && clips.find((c) => c.id === open.record.id);
    if (line) store.patchClip(line.id, () => ({ tags: line.tags }));
  }
}
