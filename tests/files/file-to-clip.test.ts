import { expect, it } from 'vitest';
import { clipOfFile } from '../../electron/files/file-to-clip.ts';
import { textOfHtml } from '../../electron/files/html-text.ts';

const at = { clippedAt: new Date('2025-07-23T10:00:00Z') };

it('clips a text file as a plain-text paste', () => {
  const clip = clipOfFile(
    { name: 'ferry.TXT', content: 'Ferry timetable changes\nBoats will leave every half hour.' },
    at,
  );
  expect(clip).toMatchObject({
    ok: true,
    paste: { text: 'Ferry timetable changes\nBoats will leave every half hour.' },
  });
  expect(clip.ok && clip.articles[0].title).toBe('Ferry timetable changes');
});

it('clips an HTML file as a paste of both flavours, the text one read from the page', () => {
  const html =
    '<html><head><style>p{}</style></head><body><h1>Bridge closed</h1><p>Winds rose at noon.</p><script>x()</script></body></html>';
  const clip = clipOfFile({ name: 'bridge.htm', content: html }, at);
  expect(clip).toMatchObject({
    ok: true,
    paste: { text: 'Bridge closed\nWinds rose at noon.', html },
  });
});

it('clips a Markdown file from its own structure, keeping the file as the paste', () => {
  const content = '# Seals return\n\nCounts were *high*.';
  const clip = clipOfFile({ name: 'seals.md', content }, at);
  expect(clip).toMatchObject({
    ok: true,
    paste: { text: content },
    articles: [{ title: 'Seals return' }],
  });
});

it.each([
  [
    { name: 'slides.pdf', content: '%PDF' },
    'slides.pdf: Presscut clips .txt, .md and .html files.',
  ],
  [{ name: 'README', content: 'text' }, 'README: Presscut clips .txt, .md and .html files.'],
  [{ name: '../../etc/notes.txt', content: '  \n ' }, 'notes.txt is empty.'],
  [
    { name: 'big.txt', content: 'a'.repeat(20 * 1024 * 1024 + 1) },
    'big.txt is over 20 MB, more than an article: it was not clipped.',
  ],
  [
    { name: 'ascii.md', content: '---\ntitle: x\n---\n' },
    'ascii.md holds no article text Presscut could read.',
  ],
])('refuses %o: %s', (file, message) => {
  expect(clipOfFile(file, at)).toEqual({ ok: false, message });
});

it('reads an HTML fragment’s text too', () => {
  expect(textOfHtml('<p>One <em>two</em></p> three<br>four')).toBe('One two\nthree\nfour');
});
