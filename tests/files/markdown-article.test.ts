import { expect, it } from 'vitest';
import { markdownArticle } from '../../electron/files/markdown-article.ts';

it('turns headings, paragraphs, quotes, lists, code and images into blocks, with marks', () => {
  const article = markdownArticle(
    [
      '# Harbour seals return',
      '',
      'Counts this *spring* were the **highest** in [thirty years](https://example.org/seals) &amp; more,',
      'said `the survey`.',
      '',
      '## What changed',
      '',
      '> Cleaner water, *fewer* boats.',
      '',
      '- one',
      '- two',
      '',
      '1. first',
      '',
      '![A seal on a rock](seal.png)',
      '',
      '```',
      'count = 412',
      '```',
    ].join('\n'),
    'seals',
  )!;
  expect(article.title).toBe('Harbour seals return');
  expect(article.blocks).toEqual([
    {
      type: 'paragraph',
      text: 'Counts this spring were the highest in thirty years & more, said the survey.',
      marks: [
        { kind: 'em', start: 12, end: 18 },
        { kind: 'strong', start: 28, end: 35 },
        { kind: 'link', start: 39, end: 51, href: 'https://example.org/seals' },
        { kind: 'code', start: 65, end: 75 },
      ],
    },
    { type: 'heading', level: 2, text: 'What changed' },
    {
      type: 'quote',
      text: 'Cleaner water, fewer boats.',
      marks: [{ kind: 'em', start: 15, end: 20 }],
    },
    { type: 'list-item', ordered: false, text: 'one' },
    { type: 'list-item', ordered: false, text: 'two' },
    { type: 'list-item', ordered: true, text: 'first' },
    { type: 'image', text: 'A seal on a rock' },
    { type: 'preformatted', text: 'count = 412' },
  ]);
});

it('never keeps HTML or unsafe links: raw tags leave their text, script links leave no mark', () => {
  const article = markdownArticle(
    'Read <b>this</b> [now](javascript:alert(1)) and [here](/relative).\n\n<div onclick="x()">Block html</div>',
    'f',
  )!;
  expect(article.blocks).toEqual([{ type: 'paragraph', text: 'Read this now and here.' }]);
});

it('reads a web clipper’s front matter and does not repeat its title', () => {
  const article = markdownArticle(
    [
      '---',
      'title: "Ferry timetable changes"',
      'source: "https://news.example/ferry"',
      'author:',
      '  - "[[Ana Lima]]"',
      'published: 2025-05-01',
      'site: Harbour Gazette',
      '---',
      '# Ferry timetable changes',
      '',
      'Boats will leave every half hour.',
    ].join('\n'),
    'ferry',
  )!;
  expect(article).toMatchObject({
    title: 'Ferry timetable changes',
    url: 'https://news.example/ferry',
    byline: 'Ana Lima',
    source: 'Harbour Gazette',
    published: '2025-05-01T00:00:00.000Z',
    blocks: [{ type: 'paragraph', text: 'Boats will leave every half hour.' }],
  });
});

it('takes the file’s name as title when nothing else gives one, and finds no article in an empty file', () => {
  expect(markdownArticle('Just a line of notes.', 'notes')?.title).toBe('notes');
  expect(markdownArticle('---\ntitle: [broken\n---\nBody.', 'notes')?.title).toBe('notes');
  expect(markdownArticle('---\ntitle: Only\n---\n\n   \n', 'notes')).toBeNull();
});
