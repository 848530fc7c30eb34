import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTextPaste, cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import type { ExtractedArticle, RemovedPart } from '../../../electron/model/article.ts';
import { FOOTER, NAV, pagesPastedAgain, STORY_EN, STORY_JA, wordsOf } from './pages.ts';
import { propertyRun } from '../../helpers/test-seed.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');
/** The invisible characters the engine drops (soft hyphens, zero-width spaces, controls): dropping is not inventing. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b\ufeff\ufffe\uffff]/g;

/** Every word the engine returns (body, title, metadata, removed parts, what it found no article in) stands in the paste. */
function expectNothingInvented(
  paste: string,
  articles: readonly ExtractedArticle[],
  leftovers: readonly RemovedPart[] = [],
): void {
  const known = new Set(wordsOf(paste.replace(INVISIBLE, '')));
  for (const word of leftovers.flatMap((part) => wordsOf(part.text)))
    expect(known.has(word), `invented "${word}"`).toBe(true);
  for (const article of articles) {
    const texts = [
      article.title,
      article.source ?? '',
      article.byline ?? '',
      article.dateline ?? '',
      ...article.blocks.map((b) => b.text),
      ...article.removed.map((r) => r.text),
    ];
    for (const word of texts.flatMap(wordsOf))
      expect(known.has(word), `invented "${word}"`).toBe(true);
  }
}

/** Nothing is lost silently: every word of the paste is in a title, a body or a removed part, or among the leftovers of a paste with no article. */
function expectNothingLost(
  paste: string,
  articles: readonly ExtractedArticle[],
  leftovers: readonly RemovedPart[],
): void {
  const kept = new Set(
    [
      ...articles.flatMap((a) => [
        a.title,
        ...a.blocks.map((b) => b.text),
        ...a.removed.map((r) => r.text),
      ]),
      ...leftovers.map((part) => part.text),
    ].flatMap(wordsOf),
  );
  for (const word of wordsOf(paste.replace(INVISIBLE, '')))
    expect(kept.has(word), `lost "${word}"`).toBe(true);
}

function expectWellFormed(articles: readonly ExtractedArticle[]): void {
  for (const article of articles) {
    expect(typeof article.title).toBe('string');
    for (const block of article.blocks) expect(block.text.trim()).toBe(block.text);
    for (const part of article.removed) {
      expect(part.before).toBeGreaterThanOrEqual(0);
      expect(part.before).toBeLessThanOrEqual(article.blocks.length);
    }
    if (article.published !== null) expect(Number.isNaN(Date.parse(article.published))).toBe(false);
  }
}

const line = fc.oneof(
  fc.constantFrom(
    ...STORY_EN,
    ...STORY_JA,
    ...NAV,
    ...FOOTER,
    'Top stories',
    'Advertisement',
    'REUTERS',
    '2 hours ago',
    '',
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.constantFrom(
    'مرحبا بكم في الموقع، هذا نص تجريبي طويل بما يكفي ليبدو فقرة.',
    'שלום עולם, זהו משפט לדוגמה בעברית.',
    '\u202eevil\u202c text',
    '\t\t',
    '\r',
    '\u0000\u0007\u001b',
  ),
);

describe('the engine on any input', () => {
  it('never throws and never invents a word', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 60 }),
        fc.constantFrom('\n', '\r\n', '\n\n', ' '),
        (lines, separator) => {
          const text = lines.join(separator);
          const { articles, leftovers } = analyseTextPaste(text, { clippedAt });
          expectWellFormed(articles);
          expectNothingInvented(text, articles, leftovers);
          expectNothingLost(text, articles, leftovers);
        },
      ),
      propertyRun('text engine on any input', 300),
    );
  });

  it('never invents a word in a flattened line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STORY_EN, 'Sign Up', 'Top stories Swipe.', 'Advertisement'), {
          minLength: 10,
          maxLength: 40,
        }),
        (sentences) => {
          const text = ['Title of it', '2 hours ago', sentences.join(' ')].join('\n');
          const { articles, leftovers } = analyseTextPaste(text, { clippedAt });
          expectNothingInvented(text, articles, leftovers);
          expectNothingLost(text, articles, leftovers);
        },
      ),
      propertyRun('text engine on a flattened line', 100),
    );
  });

  it('returns nothing for empty or blank pastes', () => {
    for (const text of ['', ' ', '\n\n\t\r\n', '\u200b\ufeff', '\u0000\u0001'])
      expect(cleanTextPaste(text, { clippedAt })).toEqual([]);
  });

  it('copes with binary junk and control characters', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256);
    for (const text of [
      new TextDecoder('latin1').decode(bytes),
      new TextDecoder('utf-8').decode(bytes),
    ]) {
      const articles = cleanTextPaste(text, { clippedAt });
      expectWellFormed(articles);
      expectNothingInvented(text, articles);
    }
  });

  it('reads right-to-left text', () => {
    const paragraph =
      'هطلت أمطار غزيرة على المدينة القديمة ليلاً، واضطرت عشرات العائلات إلى مغادرة منازلها قبل الفجر.';
    const text = [
      'الرئيسية',
      'أخبار',
      '',
      'فيضانات في المدينة القديمة',
      '',
      paragraph,
      '',
      paragraph.replace('ليلاً', 'صباحاً'),
      '',
      paragraph.replace('القديمة', 'الجديدة'),
    ].join('\n');
    const [article] = cleanTextPaste(text, { clippedAt });
    expect(article.blocks.map((b) => b.text)).toContain(paragraph);
    expect(article.language).toBe('ar');
    expectNothingInvented(text, [article]);
  });

  // How long it takes is `npm run bench:text-growth`'s to measure: a test holds no wall-clock limit.
  it('cleans a 5 MB paste into well-formed articles', () => {
    const text = pagesPastedAgain(Math.ceil((5 * 1024 * 1024) / pagesPastedAgain(1).length));
    const articles = cleanTextPaste(text, { clippedAt });
    expect(articles.length).toBeGreaterThan(0);
    expectWellFormed(articles);
  });
});
