import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipHtml } from '../../../electron/clipping/html/clip-html.ts';
import type { Block } from '../../../electron/model/article.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/page-${name}.html`, import.meta.url), 'utf8');
const texts = (blocks: readonly Block[], type?: Block['type']) =>
  blocks.filter((b) => !type || b.type === type).map((b) => b.text);

describe('pages of other kinds than news', () => {
  it('keeps a recipe’s ingredient list and numbered steps under their headings, not the sidebar', () => {
    const [recipe] = clipHtml(fixture('recipe'), { clippedAt });
    expect(texts(recipe.blocks, 'heading')).toEqual(['Ingredients', 'Steps']);
    expect(texts(recipe.blocks, 'list-item')).toEqual([
      '1 cup pearl barley',
      '2 carrots, diced',
      '1 onion, chopped',
      '6 cups vegetable stock',
      'Juice of 2 lemons',
      'Salt and pepper',
      'Rinse the barley.',
      'Soften the onion and carrots in a little oil.',
      'Add the stock and barley; simmer 40 minutes.',
      'Stir in the lemon juice, season and serve.',
    ]);
    expect(recipe.blocks.filter((b) => b.ordered).length).toBe(4);
    expect(texts(recipe.blocks).join(' ')).not.toContain('Jane cooks');
  });

  it('leaves a sign-in blurb and a licence box beside a short article out of it', () => {
    const [story] = clipHtml(fixture('login'), { clippedAt });
    expect(story.title).toBe('Ferry fares frozen for another year');
    const body = texts(story.blocks).join('\n');
    expect(body).toMatch(/^The island ferry company will keep its fares/);
    expect(body).not.toContain('Log in to your account');
    expect(body).not.toContain('Creative Commons');
  });

  it('keeps an embedded post as a quotation of the story, apart from its paragraphs', () => {
    const [story] = clipHtml(fixture('login'), { clippedAt });
    expect(texts(story.blocks, 'quote')).toEqual([
      'Fares stay where they are. Good news for everyone who commutes by boat.',
      '— Island Ferries (@islandferries) March 3, 2025',
    ]);
  });

  it('shows two Japanese paragraphs as paragraphs, titled by the opening of the first cut with …', () => {
    const [story] = clipHtml(fixture('cjk'), { clippedAt });
    expect(story.blocks.some((b) => b.type === 'heading')).toBe(false);
    expect(texts(story.blocks, 'paragraph')).toHaveLength(2);
    expect(story.title).toBe(
      '東京都は十日、来年度から公立図書館の開館時間を延ばすと発表した。平日は午後九時ま…',
    );
    expect(story.language).toBe('ja');
  });

  it('reads an image credit under a picture as its caption, never as a heading', () => {
    const [story] = clipHtml(fixture('cjk'), { clippedAt });
    const credit = [...story.blocks, ...story.removed].find((b) => b.text === 'NASA Worldview');
    expect(credit && 'type' in credit ? credit.type : 'removed').not.toBe('heading');
    expect(story.blocks.filter((b) => b.type === 'heading')).toEqual([]);
  });

  it('takes a short untitled paragraph as the title, and does not repeat it as the first line', () => {
    const html =
      '<meta charset="utf-8"><p>Harbour reopens after storm</p><p>The harbour at Westport reopened on Friday morning after three days of repairs to the quay, the port authority said in a statement.</p><p>Fishing boats were the first to leave, and the ferry to the islands will run again from Saturday, the authority added.</p>';
    const [story] = clipHtml(html, { clippedAt });
    expect(story.title).toBe('Harbour reopens after storm');
    expect(texts(story.blocks)[0]).toMatch(/^The harbour at Westport reopened/);
  });
});
