import { expect, it } from 'vitest';
import { blockOffsets, bodyText, type Block } from '../../electron/model/article.ts';

// Exports draw highlights by these offsets: they must follow however bodyText joins the blocks.
it('places each block where bodyText puts its text', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'A heading' },
    { type: 'paragraph', text: 'First paragraph.' },
    { type: 'paragraph', text: '' },
    { type: 'image', text: 'A picture' },
    { type: 'caption', text: 'Its caption' },
    { type: 'list-item', text: 'An item', ordered: false },
    { type: 'quote', text: 'A quote, last.' },
  ];
  const text = bodyText(blocks);
  const offsets = blockOffsets(blocks);
  expect(offsets.map(({ start, end }) => text.slice(start, end))).toEqual(
    blocks.map((b) => b.text),
  );
  expect(offsets.at(-1)!.end).toBe(text.length);
});
