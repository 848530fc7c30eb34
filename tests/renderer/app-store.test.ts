import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { AppStore } from '../../renderer/state/app-store.ts';
import { modalOpen, shelfCounts } from '../../renderer/state/selectors.ts';
import type { AppState } from '../../renderer/state/state.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

const STORIES = ['First story', 'Second story', 'Third story'];

/** The real services, counting the calls the window makes. */
function counted(service: PresscutApi): { api: PresscutApi; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const api = new Proxy(service, {
    get(target, name: string) {
      const method = target[name as keyof PresscutApi] as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return method.apply(target, args);
      };
    },
  });
  return { api, calls };
}

/** The clips the list holds, in its order. */
function shown(state: AppState) {
  return state.list.rows.filter((c) => c !== null);
}

let temp: TempService;
let store: AppStore;
let calls: Map<string, number>;
/** Clip ids, newest first (as the list shows them). */
let ids: string[];

beforeEach(async () => {
  temp = await tempService();
  for (const [i, title] of STORIES.entries()) {
    await temp.service.clipPaste({
      paste: { text: `${title}\nParagraph ${i + 1} of the test library, long enough to read.` },
      clippedAt: `2025-07-0${i + 1}T10:00:00.000Z`,
    });
  }
  const watched = counted(temp.service);
  calls = watched.calls;
  store = new AppStore(watched.api);
  await store.load();
  ids = shown(store.state).map((c) => c.id);
});

afterEach(async () => {
  await temp.close();
});

describe('the app store', () => {
  it('loads the library newest first, with its tags and settings', () => {
    expect(store.state.list.loaded).toBe(true);
    expect(shown(store.state).map((c) => c.title)).toEqual([...STORIES].reverse());
    expect(store.state.settings.values?.theme).toBe('system');
    expect(shelfCounts(store.state)).toEqual({ clips: 3, unread: 3, favorites: 0, archive: 0 });
  });

  it('opens a clip: the reader gets it, the list selects it, suggestions follow', async () => {
    await store.open(ids[1]);
    expect(store.state.reader.clip?.record.title).toBe('Second story');
    expect(store.state.list.selection).toEqual([ids[1]]);
    expect(store.state.reader.suggestions).toBeInstanceOf(Array);
  });

  it('patchClip changes the list line and the open record alike, and nothing else', async () => {
    await store.open(ids[0]);
    const before = store.state.list.rows[1];
    store.patchClip(ids[0], (line) => ({ title: `${line.title}!`, note: 'only the record' }));
    expect(store.state.list.rows[0]?.title).toBe('Third story!');
    expect(store.state.reader.clip?.record.title).toBe('Third story!');
    expect(store.state.reader.clip?.record.note).toBe('only the record');
    expect(store.state.list.rows[0]).not.toHaveProperty('note');
    expect(store.state.list.rows[1]).toBe(before);
  });

  it('tags the open clip: list, reader and tag counts follow; the suggestions stay in place', async () => {
    await store.open(ids[0]);
    store.update({ reader: { suggestions: ['Alps', 'Trains'] } });
    await store.tagging.change([ids[0]], { add: ['alps'] });
    expect(store.state.list.rows[0]?.tags).toEqual(['alps']);
    expect(store.state.reader.clip?.record.tags).toEqual(['alps']);
    expect(store.state.reader.suggestions).toEqual(['Alps', 'Trains']);
    expect(store.state.library.tags).toEqual([{ name: 'alps', count: 1, color: null }]);
  });

  it('tags a selection made with ctrl- and shift-click', async () => {
    await store.open(ids[0]);
    await store.list.selectRange(0, 2);
    expect(store.state.list.selection).toEqual(ids);
    store.list.select(ids[1], 'toggle');
    expect(store.state.list.selection).toEqual([ids[0], ids[2]]);
    await store.tagging.change(store.state.list.selection, { add: ['news'] });
    expect(shown(store.state).map((c) => c.tags)).toEqual([['news'], [], ['news']]);
  });

  it('deletes the open clip, opens the next, and undoes it, without listing the library again', async () => {
    await store.open(ids[1]);
    await store.remove(ids[1]);
    expect(shown(store.state).map((c) => c.id)).toEqual([ids[0], ids[2]]);
    expect(store.state.reader).toMatchObject({ id: ids[2], openedBy: 'app' });
    expect(store.state.ui.toast?.message).toBe('Deleted “Second story”.');
    await store.undo();
    expect(shown(store.state).map((c) => c.id)).toEqual(ids);
    expect(store.state.reader.clip?.record.id).toBe(ids[1]);
    expect(calls.get('listClipIds')).toBeUndefined();
  });

  it('previews a paste in its dialog and saves it into the list without listing it again', async () => {
    await store.paste.preview({ text: 'Fourth story\nA fourth paragraph, long enough to keep.' });
    expect(store.state.ui.dialog).toBe('preview');
    expect(modalOpen(store.state)).toBe(true);
    await store.paste.save([{ index: 0, title: 'The fourth story' }]);
    expect(modalOpen(store.state)).toBe(false);
    expect(shown(store.state).map((c) => c.title)).toEqual([
      'The fourth story',
      ...[...STORIES].reverse(),
    ]);
    expect(store.state.reader.clip?.record.title).toBe('The fourth story');
    expect(store.state.ui.toast?.message).toBe('Clip saved.');
    expect(calls.get('listClipIds')).toBeUndefined();
  });

  it('an empty paste is refused with a message and opens nothing', async () => {
    await store.paste.preview({ text: '  \n ' });
    expect(store.state.ui.dialog).toBeNull();
    expect(store.state.ui.error).toMatch(/no text/);
  });

  it('one dialog at a time: opening another replaces it, closing a named one leaves the other', () => {
    store.paste.openBox();
    store.openDialog('shortcuts');
    expect(store.state.ui.dialog).toBe('shortcuts');
    store.paste.closeBox();
    expect(store.state.ui.dialog).toBe('shortcuts');
    store.closeDialog('shortcuts');
    expect(modalOpen(store.state)).toBe(false);
  });

  it('favourite and archive change the open clip and the shelves', async () => {
    await store.open(ids[0]);
    await store.reading.toggle('favorite');
    await store.reading.toggle('archived');
    expect(store.state.reader.clip?.record.reading).toMatchObject({
      favorite: true,
      archived: true,
    });
    expect(shelfCounts(store.state)).toEqual({ clips: 2, unread: 2, favorites: 1, archive: 1 });
    expect(shown(store.state).map((c) => c.id)).toEqual([ids[1], ids[2]]);
  });

  it('an edit renames the clip in the reader and the list', async () => {
    await store.open(ids[2]);
    store.editing.start();
    expect(store.state.reader.editing).toBe(true);
    await store.editing.save({ title: 'First story, edited' });
    expect(store.state.reader.editing).toBe(false);
    expect(store.state.list.rows[2]?.title).toBe('First story, edited');
    expect(store.state.reader.clip?.record.title).toBe('First story, edited');
  });

  it('searches, steps through the hits, and says why a malformed query cannot run', async () => {
    await store.list.search('story -third');
    const hits = shown(store.state).map((c) => c.title);
    expect(hits.toSorted()).toEqual(['First story', 'Second story']);
    await store.open(shown(store.state)[0].id);
    await store.list.step(1);
    expect(store.state.reader.clip?.record.title).toBe(hits[1]);
    await store.list.search('is:nonsense');
    expect(store.state.list.searchError).toMatch(/is:/);
    await store.list.search('');
    expect(store.state.list.search).toBeNull();
    expect(shown(store.state)).toHaveLength(3);
  });

  it('a tag filter keeps the clips carrying every tag of it', async () => {
    await store.tagging.change([ids[0], ids[1]], { add: ['a'] });
    await store.tagging.change([ids[1]], { add: ['b'] });
    await store.list.toggleTagFilter('a');
    await store.list.toggleTagFilter('b');
    expect(shown(store.state).map((c) => c.id)).toEqual([ids[1]]);
    await store.list.setTagFilter([]);
    expect(shown(store.state)).toHaveLength(3);
  });
});
