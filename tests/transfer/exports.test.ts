import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixture } from '../helpers/transfer-fixtures.ts';

let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
let hostileId: string;
const now = new Date('2025-07-23T10:00:00.000Z');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(async () => {
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  service = createPresscutService(
    store,
    { openExternal: async () => undefined },
    { now: () => now },
  );
  await service.importFiles([
    await fixture('wallabag/wallabag-export.json'),
    await fixture('pocket/ril_export.html'),
  ]);
  const [hostile] = await service.clipPaste({
    paste: {
      text: 'Budget <script>alert(1)</script> & "cuts" ]]>\nMinisters said the plan would <b>cut</b> waste & save money.\nCritics disagreed.',
    },
  });
  hostileId = hostile.id;
  await service.tagClips([hostileId], { add: ['economy'] });
  await service.addAnnotation(hostileId, {
    start: 30,
    end: 40,
    color: 'pink',
    note: 'Which <plan>?',
  });
});
afterEach(async () => {
  await store.close();
  await remove();
});

function xml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(text, 'application/xhtml+xml');
  expect(errors, text.slice(0, 300)).toEqual([]);
  return doc;
}

describe('Markdown', () => {
  it('writes one file per clip, with front matter, the text and the annotations after it', async () => {
    const out = await service.exportClips({ format: 'markdown', selection: {} });
    expect(out).toMatchObject({
      name: 'presscut-markdown-2025-07-23.zip',
      mediaType: 'application/zip',
      clips: 5,
    });
    const files = unzipSync(out.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'A comet visits, once in a lifetime.md',
      'A new moon for the outer planet.md',
      'Budget script alert(1) script & cuts ]].md',
      'Ferry crews strike over pay.md',
      'Saved without content.md',
    ]);
    const moon = decode(files['A new moon for the outer planet.md']);
    const [, front, body] = moon.split(/^---$/m);
    expect(parseYaml(front)).toEqual({
      title: 'A new moon for the outer planet',
      source: 'science.example.org',
      author: 'Ana Ruiz, Tom Berg',
      published: '2022-03-03T08:00:00.000Z',
      clipped: '2022-03-04T09:11:12.000Z',
      url: 'https://science.example.org/new-moon',
      tags: ['science', 'space'],
    });
    expect(body).toContain(
      '# A new moon for the outer planet\n\nAstronomers have found a small moon',
    );
    expect(body).toMatch(
      /## Annotations\n\n> Its orbit is tilted and runs backwards\n\nBackwards orbit: captured\?\n\n_yellow highlight, 2022-03-04_\n$/,
    );
    const budget = decode(files['Budget script alert(1) script & cuts ]].md']);
    expect(budget).toContain('title: Budget <script>alert(1)</script> & "cuts" ]]>');
    expect(budget).toContain('Ministers said the plan would \\<b>cut\\</b> waste & save money.');
    expect(decode(files['Ferry crews strike over pay.md'])).toContain('Only the link was imported');
  });

  it('exports the annotations alone, of a tag or of one clip', async () => {
    const out = await service.exportClips({ format: 'annotations', selection: { tag: 'science' } });
    expect(out).toMatchObject({ name: 'presscut-annotations-2025-07-23.md', clips: 1 });
    const text = decode(out.bytes);
    expect(text).toMatch(
      /^# Annotations: tag “science”\n\n## A new moon for the outer planet\n\nscience\.example\.org · Ana Ruiz, Tom Berg · 2022-03-03 · <https:\/\/science\.example\.org\/new-moon>\n\n### Annotations\n\n> Its orbit/,
    );
    const one = decode(
      (await service.exportClips({ format: 'annotations', selection: { ids: [hostileId] } })).bytes,
    );
    expect(one).toContain('Which \\<plan>?');
    expect(one).toContain('_pink highlight, 2025-07-23_');
  });
});

describe('HTML', () => {
  it('makes a self-contained page with the highlights drawn and nothing from the text taken as markup', async () => {
    const out = await service.exportClips({ format: 'html', selection: { ids: [hostileId] } });
    expect(out.name).toBe('Budget script alert(1) script & cuts ]].html');
    const page = decode(out.bytes);
    expect(page).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'" />',
    );
    expect(page).toContain(
      '<h1>Budget &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;cuts&quot; ]]&gt;</h1>',
    );
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain(
      'would <mark class="hl-pink" title="Which &lt;plan&gt;?">&lt;b&gt;cut&lt;/b&gt;</mark> waste &amp; save',
    );
    xml(page.replace('<!DOCTYPE html>', ''));
  });

  it('puts a selection in one page with a table of contents', async () => {
    const page = decode(
      (await service.exportClips({ format: 'html', selection: { unread: true } })).bytes,
    );
    expect(page).toContain('<h1>Presscut: unread</h1>');
    expect(page.match(/<li><a href="#clip-\d">/g)).toHaveLength(3);
    expect(page).toContain('<article id="clip-1"><h2>Budget');
  });
});

describe('EPUB', () => {
  it('is a ZIP with the mimetype first and stored, a package, a table of contents and well-formed chapters', async () => {
    const out = await service.exportClips({ format: 'epub', selection: { query: 'moon' } });
    expect(out).toMatchObject({
      name: 'presscut-2025-07-23.epub',
      mediaType: 'application/epub+zip',
      clips: 1,
    });
    // The first entry's local header: name "mimetype", no extra field, stored (method 0), then the text itself.
    expect(decode(out.bytes.subarray(30, 38))).toBe('mimetype');
    expect(out.bytes[8] | (out.bytes[9] << 8)).toBe(0);
    expect(out.bytes[28] | (out.bytes[29] << 8)).toBe(0);
    expect(decode(out.bytes.subarray(38, 58))).toBe('application/epub+zip');

    const files = unzipSync(out.bytes);
    expect(Object.keys(files)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/toc.ncx',
      'OEBPS/style.css',
      'OEBPS/text/clip-0001.xhtml',
    ]);
    const opf = xml(decode(files['OEBPS/content.opf']));
    const items = Array.from(opf.getElementsByTagName('item')).map((i) => i.getAttribute('href'));
    expect(items).toEqual(['nav.xhtml', 'toc.ncx', 'style.css', 'text/clip-0001.xhtml']);
    expect(opf.getElementsByTagName('dc:title')[0].textContent).toBe('Presscut: “moon”');
    expect(opf.getElementsByTagName('meta')[0].textContent).toBe('2025-07-23T10:00:00Z');
    const nav = xml(decode(files['OEBPS/nav.xhtml']));
    expect(
      Array.from(nav.getElementsByTagName('a')).map((a) => [a.getAttribute('href'), a.textContent]),
    ).toEqual([['text/clip-0001.xhtml', 'A new moon for the outer planet']]);
    const chapter = xml(decode(files['OEBPS/text/clip-0001.xhtml']));
    expect(chapter.getElementsByTagName('mark')[0].textContent).toBe(
      'Its orbit is tilted and runs backwards',
    );
    xml(decode(files['OEBPS/toc.ncx']));
  });

  it('keeps a hostile title and an inline picture well-formed, the picture as a file of the book', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
    await service.updateClip(hostileId, {
      blocks: [
        { type: 'paragraph', text: 'Ministers & <critics>' },
        { type: 'image', text: 'A chart', src: png },
      ],
    });
    const files = unzipSync(
      (await service.exportClips({ format: 'epub', selection: { tag: 'economy' } })).bytes,
    );
    const chapter = xml(decode(files['OEBPS/text/clip-0001.xhtml']));
    expect(chapter.getElementsByTagName('h1')[0].textContent).toBe(
      'Budget <script>alert(1)</script> & "cuts" ]]>',
    );
    expect(chapter.getElementsByTagName('img')[0].getAttribute('src')).toBe(
      '../images/clip-0001-2.png',
    );
    expect(files['OEBPS/images/clip-0001-2.png'].subarray(1, 4)).toEqual(
      new TextEncoder().encode('PNG'),
    );
    expect(decode(files['OEBPS/content.opf'])).toContain(
      '<item id="image-1" href="images/clip-0001-2.png" media-type="image/png" />',
    );
  });
});

it('says so when a selection holds no clip, and exports nothing', async () => {
  await expect(
    service.exportClips({ format: 'epub', selection: { tag: 'nothing-here' } }),
  ).rejects.toThrow('No clip matches tag “nothing-here”: nothing was exported.');
});
