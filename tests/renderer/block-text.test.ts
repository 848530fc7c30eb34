import { expect, it } from 'vitest';
import type { Block } from '../../electron/model/article.ts';
import { blocksToText, textToBlocks } from '../../renderer/format/block-text.ts';

const blocks: Block[] = [
  {
    type: 'paragraph',
    text: 'Intro with a link.',
    marks: [{ kind: 'link', start: 13, end: 17, href: 'https://example.com/' }],
  },
  { type: 'heading', level: 2, text: 'What happened?' },
  { type: 'list-item', ordered: false, text: 'First point' },
  { type: 'list-item', ordered: true, text: 'Numbered point' },
  { type: 'quote', text: 'A quoted line.' },
];

it('writes blocks as plain text a person can edit, and reads it back unchanged', () => {
  const text = blocksToText(blocks);
  expect(text).toBe(
    'Intro with a link.\n\n## What happened?\n\n- First point\n\n1. Numbered point\n\n> A quoted line.',
  );
  expect(textToBlocks(text, blocks)).toEqual(blocks);
});

it('keeps the marks of blocks whose text did not change, and reads new forms', () => {
  const edited =
    blocksToText(blocks).replace('First point', 'First point, edited') +
    '\n\n### A smaller heading\n\nNew paragraph\nwrapped over two lines.';
  const result = textToBlocks(edited, blocks);
  expect(result[0]).toBe(blocks[0]);
  expect(result[2]).toEqual({ type: 'list-item', ordered: false, text: 'First point, edited' });
  expect(result.slice(-2)).toEqual([
    { type: 'heading', level: 3, text: 'A smaller heading' },
    { type: 'paragraph', text: 'New paragraph wrapped over two lines.' },
  ]);
});
