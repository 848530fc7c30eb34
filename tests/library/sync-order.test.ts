/**
 * What a power cut could take: every file the library writes is watched
 * through node:fs/promises, and at each moment a change counts (a journal line
 * synced, the journal emptied, a write resolved) nothing it depends on may
 * still be only in the system's memory: no file with unsynced data, no name
 * created or renamed into a folder that was not synced since. Removals are
 * exempt (a file that comes back is one the library no longer lists), as are
 * temporary files. A file the library holds that the watch never saw written
 * was written some other way, unwatched, and counts as unsynced.
 */
import { existsSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const watch = vi.hoisted(() => ({
  /** Files with data written and not synced since. */
  dirtyData: new Set<string>(),
  /** Names added to a folder (created, renamed into) that was not synced since. */
  dirtyNames: new Set<string>(),
  /** Every name the watch saw added. */
  seen: new Set<string>(),
  problems: [] as string[],
  journal: '',
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const { dirname, basename } = await import('node:path');
  const added = (file: string) => {
    watch.seen.add(file);
    watch.dirtyNames.add(file);
  };
  const exists = (file: string) =>
    fs.access(file).then(
      () => true,
      () => false,
    );
  const open: typeof fs.open = async (file, flags, mode) => {
    const name = String(file);
    const writes = typeof flags === 'string' && /[wax]/.test(flags);
    if (writes && !(await exists(name))) added(name);
    const handle = await fs.open(file, flags, mode);
    if (typeof flags === 'string' && flags.startsWith('w')) watch.dirtyData.add(name);
    return new Proxy(handle, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (prop === 'sync' || prop === 'datasync') {
            if (name === watch.journal) checkpoint(`syncing a journal line`, name);
            const done = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            watch.dirtyData.delete(name);
            for (const dirty of [...watch.dirtyNames])
              if (dirname(dirty) === name) watch.dirtyNames.delete(dirty);
            return done;
          }
          if (['write', 'writeFile', 'appendFile', 'truncate'].includes(String(prop)))
            watch.dirtyData.add(name);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  };
  const checkpoint = (moment: string, except?: string) => {
    const temporary = (file: string) => basename(file).endsWith('.tmp');
    for (const file of watch.dirtyData)
      if (file !== except && !temporary(file))
        watch.problems.push(`${moment}: ${file} has data not synced`);
    for (const file of watch.dirtyNames)
      if (file !== except && !temporary(file))
        watch.problems.push(`${moment}: ${file}'s name is not synced in its folder`);
  };
  Object.assign(watch, { checkpoint });
  return {
    ...fs,
    open,
    rename: async (from: string, to: string) => {
      if (watch.dirtyData.has(from)) watch.problems.push(`${from} renamed before it was synced`);
      await fs.rename(from, to);
      watch.dirtyData.delete(from);
      added(to);
    },
    writeFile: async (file: string, ...rest: unknown[]) => {
      if (!(await exists(file))) added(file);
      watch.dirtyData.add(file);
      return (fs.writeFile as (...a: unknown[]) => Promise<void>)(file, ...rest);
    },
    copyFile: async (from: string, to: string) => {
      added(to);
      watch.dirtyData.add(to);
      return fs.copyFile(from, to);
    },
    truncate: async (file: string, length?: number) => {
      if (file === watch.journal && !length) checkpoint('emptying the journal');
      return fs.truncate(file, length);
    },
    mkdir: async (dir: string, options?: { recursive?: boolean }) => {
      const made = await fs.mkdir(dir, options);
      if (made !== undefined) added(dir);
      return made;
    },
  };
});

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir('presscut-sync-'));
  watch.journal = path.join(dir, 'journal.jsonl');
});
afterEach(() => remove());

/** Files in the library that the watch never saw written (the lock is SQLite's own). */
async function unwatched(): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .map((f) => path.join(dir, f))
    .filter((f) => !watch.seen.has(f) && !f.endsWith('library.lock') && existsSync(f));
}

/** Whatever a write left unsynced once it resolved. */
async function settled(moment: string): Promise<void> {
  (watch as unknown as { checkpoint: (m: string) => void }).checkpoint(moment);
  for (const file of await unwatched())
    watch.problems.push(`${moment}: ${file} was written unwatched`);
}

it('syncs every file and folder a change depends on before the change counts', async () => {
  const store = await LibraryStore.open(dir, { compactAfter: 3 });
  await settled('open');
  const [a, b] = await store.addPaste(
    { text: 'One\nTwo', html: '<p>One</p>' },
    [article('One', 'first'), article('Two', 'second')],
    new Date(),
  );
  await settled('add');
  await store.updateRecord(a.id, (r) => ({ ...r, tags: ['harbour'] }));
  await store.setTag('harbour', { color: 'blue' });
  await settled('tag');
  await store.updateBody(b.id, { blocks: [{ type: 'paragraph', text: 'edited' }] });
  await settled('edit');
  await store.setDeleted(a.id, true);
  await store.setDeleted(a.id, false);
  await settled('delete and restore');
  const again = {
    record: { ...store.record(b.id), title: 'Two again' },
    body: await store.body(b.id),
  };
  const fresh = {
    record: { ...store.record(a.id), id: 'imported-1', pasteId: 'paste-1' },
    body: { ...(await store.body(a.id)), id: 'imported-1' },
  };
  await store.writeClips({ clips: [again, fresh], pastes: new Map([['paste-1', { text: 'p' }]]) });
  await settled('import batch');
  await store.compact();
  await settled('compact');
  await store.close();
  await settled('close');
  expect(watch.problems).toEqual([]);
});
