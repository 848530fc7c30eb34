import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../electron/clipping/extract.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');

describe('extractArticles', () => {
  it('reads the text flavour when there is no HTML', () => {
    const [article] = extractArticles(
      { text: 'A title\n\nFirst paragraph of the story.\n' },
      { clippedAt },
    );
    expect(article.title).toBe('A title');
    expect(article.blocks.map((b) => b.text)).toEqual(['First paragraph of the story.']);
  });

  it('returns nothing for an empty paste', () => {
    expect(extractArticles({ text: ' \n\t\n' }, { clippedAt })).toEqual([]);
  });
});
