import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { AppStore } from '../../renderer/state/app-store.ts';
import { WINDOW } from '../../renderer/state/list-windows.ts';
import type { AppState } from '../../renderer/state/state.ts';
import { article } from '../helpers/articles.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

const CLIPS = 2 * WINDOW + 50;

let temp: TempService;
let store: AppStore;
/** Every call the window made, with its arguments. */
const calls: { name: string; args: unknown[] }[] = [];
/** The library's ids, newest first, as main lists them. */
let all: string[];

/** The real services, noting each call the window makes. */
function watched(service: PresscutApi): PresscutApi {
  return new Proxy(service, {
    get(target, name: string) {
      const method = target[name as keyof PresscutApi] as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        calls.push({ name, args });
        return method.apply(target, args);
      };
    },
  });
}

/** Resolves once the store's state holds, checked at each change. */
function until(holds: (state: AppState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!holds(store.state)) return;
      store.removeEventListener('change', check);
      resolve();
    };
    store.addEventListener('change', check);
    check();
  });
}

beforeAll(async () => {
  temp = await tempService();
  for (let i = 0; i < CLIPS; i++)
    await temp.store.addPaste(
      { text: `paste ${i}` },
      [article(`Story ${i}`, `The text of story ${i}${i % 10 === 0 ? ', a harbour story' : ''}.`)],
      new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    );
  all = await temp.service.listClipIds({ shelf: 'clips', order: 'newest' });
  store = new AppStore(watched(temp.service));
  await store.load();
});

afterAll(async () => {
  await temp.close();
});

describe('the list, window by window', () => {
  it('opens on its first window, as long as the whole list, the rest empty until scrolled to', async () => {
    const { rows } = store.state.list;
    expect(rows).toHaveLength(CLIPS);
    expect(rows.slice(0, WINDOW).map((c) => c?.id)).toEqual(all.slice(0, WINDOW));
    expect(rows[CLIPS - 1]).toBeNull();
    expect(store.state.library.counts?.total).toBe(CLIPS);

    store.list.viewed(CLIPS - 10, CLIPS - 1);
    await until((s) => s.list.rows[CLIPS - 1] !== null);
    expect(store.state.list.rows[CLIPS - 1]?.id).toBe(all[CLIPS - 1]);
  });

  it('selects all, and a run, across windows it does not hold, in the list order', async () => {
    await store.list.selectAll();
    expect(store.state.list.selection).toEqual(all);
    // Another list, from its top: its third window comes only once the screen nears it.
    await store.list.setTagFilter([]);
    expect(store.state.list.rows[2 * WINDOW + 30]).toBeNull();
    await store.list.selectRange(2 * WINDOW + 30, 10);
    expect(store.state.list.selection).toEqual(all.slice(10, 2 * WINDOW + 31));
  });

  it('steps with n/p from a window it holds into one it does not', async () => {
    expect(store.state.list.rows[2 * WINDOW]).toBeNull();
    await store.open(all[2 * WINDOW - 1]);
    await store.list.step(1);
    expect(store.state.reader.clip?.record.id).toBe(all[2 * WINDOW]);
    await store.list.step(-1);
    expect(store.state.reader.clip?.record.id).toBe(all[2 * WINDOW - 1]);
  });

  it('tags every clip of the list at once; the counts and the window on screen follow', async () => {
    await store.list.selectAll();
    await store.tagging.change(store.state.list.selection, { add: ['coast'] });
    expect(store.state.library.tags).toEqual([{ name: 'coast', count: CLIPS, color: null }]);
    expect(store.state.list.rows[0]?.tags).toEqual(['coast']);
    await store.list.toggleTagFilter('coast');
    expect(store.state.list.rows).toHaveLength(CLIPS);
  });

  it('searches in main: the hits in windows, a malformed query said and nothing shown', async () => {
    await store.list.search('harbour');
    expect(store.state.list.rows).toHaveLength(CLIPS / 10);
    expect(store.state.list.terms.get(store.state.list.rows[0]!.id)).toEqual(['harbour']);
    await store.list.search('is:unred');
    expect(store.state.list.searchError).toMatch(/is:/);
    expect(store.state.list.rows).toEqual([]);
    await store.list.search('');
    expect(store.state.list.rows).toHaveLength(CLIPS);
  });

  it('deletes the last clip of a window it does not hold the next of: the next one opens', async () => {
    await store.list.setTagFilter([]);
    await store.open(all[2 * WINDOW - 1]);
    await store.remove(all[2 * WINDOW - 1]);
    expect(store.state.ui.error).toBeNull();
    expect(store.state.reader.id).toBe(all[2 * WINDOW]);
    expect(store.state.list.rows).toHaveLength(CLIPS - 1);
    await store.undo();
    expect(store.state.list.rows).toHaveLength(CLIPS);
  });

  it('refreshes the window on screen and the counts, nothing else', async () => {
    store.list.viewed(2 * WINDOW + 10, 2 * WINDOW + 20);
    await until((s) => s.list.rows[2 * WINDOW + 20] !== null);
    const from = calls.length;
    await store.refresh();
    await until((s) => s.list.rows[WINDOW] !== null);
    const asked = calls
      .slice(from)
      .map(({ name, args }) =>
        name === 'listWindow' ? `${name} ${(args[0] as { offset: number }).offset}` : name,
      );
    // The window on screen, then the one beside it that a scroll reaches first.
    expect(asked.sort()).toEqual(
      ['countClips', `listWindow ${2 * WINDOW}`, `listWindow ${WINDOW}`].sort(),
    );
    expect(store.state.list.rows[0]).toBeNull();
  });
});
