import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempService, type TempService } from '../helpers/temp-service.ts';

// A how-to page: a settings table, a code listing and an address set on lines of its own inside the story.
const PAGE = readFileSync(new URL('../fixtures/how-to-page.html', import.meta.url), 'utf8');

let temp: TempService;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(async () => {
  temp = await tempService({}, { now: () => new Date('2025-07-23T10:00:00.000Z') });
  await temp.service.clipPaste({ paste: { text: 'Tuning the cache', html: PAGE } });
});
afterEach(() => temp.close());

const ADDRESS = 'Ask the ops team:\nRoom 4, second floor\nops@example.org';

it('stores a table and a code listing as blocks of their own, and line breaks as they were', async () => {
  const [clip] = temp.store.records();
  const { body } = await temp.service.getClip(clip.id);
  expect(body.blocks.map((b) => b.type)).toEqual([
    'paragraph',
    'table',
    'paragraph',
    'code',
    'paragraph',
    'paragraph',
  ]);
  expect(body.blocks[4].text).toBe(ADDRESS);
  expect(body.blocks[1]).toMatchObject({
    text: 'Setting\tDefault\nmax_size\t512 MB\nttl | expiry\t1 hour',
    headerRows: 1,
  });
  expect(body.blocks[3]).toMatchObject({ language: 'python' });
});

it('exports them as a Markdown table and a fenced listing', async () => {
  const out = await temp.service.exportClips({ format: 'markdown', selection: {} });
  const text = decode(Object.values(unzipSync(out.bytes))[0]);
  const table = text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.replace(/ +/g, ' ').replace(/-+/g, '-'));
  expect(table).toEqual([
    '| Setting | Default |',
    '| - | - |',
    '| max_size | 512 MB |',
    '| ttl \\| expiry | [1 hour](https://ops.example/ttl) |',
  ]);
  expect(text).toContain('```python\ncache = Cache(max_size="1 GB")\ncache.warm()\n```');
  // A lone newline in Markdown is a space: the page's line breaks are hard breaks.
  expect(text).toContain('Ask the ops team:\\\nRoom 4, second floor\\\nops@example.org');
});

it('exports them as an HTML table and a listing, well-formed in the EPUB', async () => {
  const page = decode((await temp.service.exportClips({ format: 'html', selection: {} })).bytes);
  expect(page).toContain(
    '<table><tr><th>Setting</th><th>Default</th></tr><tr><td>max_size</td><td>512 MB</td></tr>',
  );
  expect(page).toContain(
    '<pre><code class="language-python">cache = Cache(max_size=&quot;1 GB&quot;)\ncache.warm()',
  );
  expect(page).toContain('<p>Ask the ops team:<br />Room 4, second floor<br />ops@example.org</p>');
  const book = unzipSync((await temp.service.exportClips({ format: 'epub', selection: {} })).bytes);
  const chapter = Object.entries(book).find(
    ([name]) => name.endsWith('.xhtml') && !/nav/.test(name),
  );
  const errors: string[] = [];
  new DOMParser({
    onError: (level, m) => void (level !== 'warning' && errors.push(m)),
  }).parseFromString(decode(chapter?.[1] ?? new Uint8Array()), 'application/xhtml+xml');
  expect(errors).toEqual([]);
  expect(decode(chapter?.[1] ?? new Uint8Array())).toContain('<td>512 MB</td>');
});
