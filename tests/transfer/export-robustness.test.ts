import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  store = await LibraryStore.open(dir);
  service = createPresscutService(store, { openExternal: async () => undefined });
  for (const title of ['Émile Zola à Médan', 'Harbour cranes arrive'])
    await service.clipPaste({
      paste: {
        text: `${title}\n\nThe story of ${title.toLowerCase()} is told here, in a paragraph long enough to be an article of its own.`,
      },
    });
});
afterEach(async () => {
  await store.close();
  await remove();
});

describe('an export whose clip files cannot all be read', () => {
  it('exports every other clip, and names the one it left out, in every format, the backup included', async () => {
    const [gone, kept] = store.records();
    await rm(path.join(dir, 'clips', `${gone.id}.json`));
    for (const format of ['markdown', 'html', 'epub', 'json', 'backup', 'annotations'] as const) {
      const file = await service.exportClips({ format, selection: {} });
      expect(
        file.unreadable.map((u) => u.item),
        format,
      ).toEqual([gone.title]);
      expect(file.clips, format).toBe(1);
    }
    const json = JSON.parse(
      decode((await service.exportClips({ format: 'json', selection: {} })).bytes),
    );
    expect(json.clips.map((c: { record: { id: string } }) => c.record.id)).toEqual([kept.id]);
  });
});

describe('the Markdown ZIP', () => {
  it('names its files in UTF-8 that unzip reads, marked as made on Unix', async () => {
    const file = await service.exportClips({ format: 'markdown', selection: {} });
    const names = Object.keys(unzipSync(file.bytes));
    expect(names).toContain('Émile Zola à Médan.md');
    const view = new DataView(file.bytes.buffer, file.bytes.byteOffset);
    for (let at = 0; at + 4 <= file.bytes.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) {
        expect(file.bytes[at + 5], 'made by Unix').toBe(3);
        const name = file.bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true));
        if (name.some((b) => b > 0x7f))
          expect(view.getUint16(at + 8, true) & 0x800, 'UTF-8 names').toBe(0x800);
      }
    if (existsSync('/usr/bin/unzip')) {
      const zip = path.join(dir, 'export.zip');
      await writeFile(zip, file.bytes);
      expect(execFileSync('/usr/bin/unzip', ['-l', zip], { encoding: 'utf8' })).toContain(
        'Émile Zola à Médan.md',
      );
    }
  });

  it('writes tags as Obsidian reads them: no spaces', async () => {
    const [clip] = store.records();
    await service.tagClips([clip.id], { add: ['climate change', 'ports'] });
    const file = await service.exportClips({ format: 'markdown', selection: { ids: [clip.id] } });
    const markdown = decode(Object.values(unzipSync(file.bytes))[0]);
    const front = parseYaml(markdown.split('---\n')[1]) as { tags: string[] };
    expect(front.tags.sort()).toEqual(['climate-change', 'ports']);
  });
});
