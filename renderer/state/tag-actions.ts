import type { TagColor } from '../../electron/api/contract.ts';
import type { AppStore } from './app-store.ts';

/** What the person does with tags: on the open clip, on a selection, and to the tags themselves. */
export class TagActions {
  #store: AppStore;

  constructor(store: AppStore) {
    this.#store = store;
  }

  toggleFilter(name: string): void {
    const { tagFilter } = this.#store.state;
    this.#store.update({
      tagFilter: tagFilter.includes(name)
        ? tagFilter.filter((t) => t !== name)
        : [...tagFilter, name],
    });
  }

  clearFilter(): void {
    this.#store.update({ tagFilter: [] });
  }

  /** Adds or removes tags on the given clips (the open one, or a selection). */
  async change(ids: string[], change: { add?: string[]; remove?: string[] }): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const updated = await store.api.tagClips(ids, change);
      const byId = new Map(updated.map((c) => [c.id, c]));
      const { clips, openClip, suggestions } = store.state;
      const open = openClip && byId.get(openClip.record.id);
      const added = new Set((change.add ?? []).map((t) => t.toLocaleLowerCase()));
      store.update({
        clips: clips.map((c) => byId.get(c.id) ?? c),
        openClip:
          openClip && open
            ? { ...openClip, record: { ...openClip.record, tags: open.tags } }
            : openClip,
        suggestions: suggestions.filter((s) => !added.has(s.toLocaleLowerCase())),
        tags: await store.api.listTags(),
      });
    });
  }

  async rename(from: string, to: string): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const tags = await store.api.renameTag(from, to);
      const target =
        tags.find(
          (t) => t.name.toLocaleLowerCase() === to.trim().replace(/\s+/g, ' ').toLocaleLowerCase(),
        )?.name ?? to;
      const tagFilter = [...new Set(store.state.tagFilter.map((t) => (t === from ? target : t)))];
      store.update({ tags, tagFilter, toast: { message: `Renamed “${from}” to “${target}”.` } });
      await this.#reloadClips();
    });
  }

  async setColor(name: string, color: TagColor | null): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      await store.api.setTagColor(name, color);
      store.update({ tags: await store.api.listTags() });
    });
  }

  async remove(name: string): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const { clipIds, color } = await store.api.deleteTag(name);
      store.update({
        tagFilter: store.state.tagFilter.filter((t) => t !== name),
        tags: await store.api.listTags(),
        toast: {
          message: `Removed the tag “${name}” from ${clipIds.length === 1 ? 'one clip' : `${clipIds.length} clips`}.`,
          undo: async () => {
            await store.api.tagClips(clipIds, { add: [name] });
            if (color) await store.api.setTagColor(name, color);
            store.update({ tags: await store.api.listTags() });
            await this.#reloadClips();
          },
        },
      });
      await this.#reloadClips();
    });
  }

  async #reloadClips(): Promise<void> {
    const store = this.#store;
    const clips = await store.api.listClips();
    const { openClip } = store.state;
    const open = openClip ? clips.find((c) => c.id === openClip.record.id) : undefined;
    store.update({
      clips,
      openClip:
        openClip && open
          ? { ...openClip, record: { ...openClip.record, tags: open.tags } }
          : openClip,
    });
  }
}
