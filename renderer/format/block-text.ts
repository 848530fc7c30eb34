import type { Block } from '../../electron/api/contract.ts';

/**
 * A clip's blocks as editable plain text: blocks separated by a blank line,
 * headings as "## ", list items as "- " or "1. ", quotes as "> ".
 */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `${'#'.repeat(Math.min(Math.max(block.level ?? 2, 2), 4))} ${block.text}`;
        case 'list-item':
          return `${block.ordered ? '1.' : '-'} ${block.text}`;
        case 'quote':
          return `> ${block.text}`;
        default:
          return block.text;
      }
    })
    .join('\n\n');
}

/** What each written form turns back into; a block whose text did not change keeps its marks and kind. */
function parseChunk(chunk: string): Block {
  const heading = /^(#{2,4})\s+(.*)$/s.exec(chunk);
  if (heading) return { type: 'heading', level: heading[1].length, text: heading[2] };
  const item = /^(-|\*|\d+\.)\s+(.*)$/s.exec(chunk);
  if (item) return { type: 'list-item', ordered: /\d/.test(item[1]), text: item[2] };
  const quote = /^>\s?(.*)$/s.exec(chunk);
  if (quote) return { type: 'quote', text: quote[1] };
  return { type: 'paragraph', text: chunk };
}

/** Reads the edited text back into blocks, keeping what it can of the blocks it was made from. */
export function textToBlocks(text: string, previous: readonly Block[]): Block[] {
  const unchanged = new Map(previous.map((b) => [blocksToText([b]), b]));
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => unchanged.get(chunk) ?? parseChunk(chunk.replace(/\s*\n\s*/g, ' ')));
}
