import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipHtml } from '../../../electron/clipping/html/clip-html.ts';
import type { ExtractedArticle } from '../../../electron/model/article.ts';
import { propertyRun } from '../../helpers/test-seed.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');

const WORDS = [
  'harbour',
  'storm',
  'Westport',
  'ferry',
  'council',
  'market',
  'quay',
  'boats',
  'roof',
  'Olsen',
  'by',
  'Home',
  'Share',
  'comments',
  'the',
  'and',
  'said',
  'on',
  'Friday',
  '2024',
  'néant',
  'ĉiam',
  'вода',
  '港口',
  '.',
  ',',
  '!',
];
const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'code',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'br',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'script',
  'style',
  'article',
  'nav',
  'header',
  'footer',
  'aside',
  'section',
  'main',
  'iframe',
  'svg',
  'form',
  'input',
  'button',
  'select',
  'option',
  'noscript',
  'template',
  'meta',
  'title',
  'time',
  'hr',
  'base',
  'link',
  'script type="application/ld+json"',
];
const ATTRIBUTES = [
  'class="byline"',
  'class="related"',
  'class="caption"',
  'class="author"',
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'href="/a"',
  'href="https://example.org/b"',
  'href="javascript:x()"',
  'rel="author"',
  'itemprop="author"',
  'lang="de"',
  'datetime="2024-05-01T10:00:00Z"',
  'alt="quay"',
  'src="data:image/png;base64,AAAA"',
  'property="og:title" content="ferry"',
  'name="author" content="Olsen"',
  'role="navigation"',
  'href="http://["',
  'rel="canonical"',
  'content="2024-13-45"',
  'property="og:url" content="https://example.org/x"',
];

const html = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('text'), tie('element')),
  text: fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
    .map((w) => w.join(' ')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.subarray(ATTRIBUTES, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map(({ tag, attributes, children }) => {
      const [name] = tag.split(' ');
      return `<${tag}${attributes.map((a) => ` ${a}`).join('')}>${(children as string[]).join('')}</${name}>`;
    }),
})).node as fc.Arbitrary<string>;

const page = fc
  .tuple(
    fc.constantFrom('', "<meta charset='utf-8'>", '<!DOCTYPE html><html><body>'),
    fc.array(html, { maxLength: 8 }),
  )
  .map(([start, parts]) => start + parts.join('\n'));

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Chinese and Japanese have no spaces: each of their characters counts as a word, as a title may be cut between any two. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Where in a word runs of known words can end: 0, then after each known word run on from there. */
function knownRuns(word: string, known: ReadonlySet<string>): boolean[] {
  const reachable = [true];
  for (let end = 1; end <= word.length; end++) {
    reachable[end] = false;
    for (let start = 0; start < end && !reachable[end]; start++)
      reachable[end] = reachable[start] && known.has(word.slice(start, end));
  }
  return reachable;
}

/** Whether a word is one or more known words run together, as inline markup runs them ("foo<b>bar</b>"). */
function madeOf(word: string, known: ReadonlySet<string>): boolean {
  return knownRuns(word, known)[word.length];
}

/**
 * Whether a word is known words run together and then the start of one: the
 * last word of a title cut short with "…", which may be cut inside a run
 * without spaces (Chinese or Japanese text, "港口harbour" cut after "港").
 */
function madeOfThenCut(word: string, known: ReadonlySet<string>): boolean {
  const reachable = knownRuns(word, known);
  return reachable.some(
    (ok, start) => ok && [...known].some((k) => k.startsWith(word.slice(start))),
  );
}

function textsOf(articles: ExtractedArticle[]): string[] {
  return articles.flatMap((a) => [
    a.title,
    a.source ?? '',
    a.byline ?? '',
    a.dateline ?? '',
    a.credit ?? '',
    ...a.blocks.map((b) => b.text),
    ...a.removed.map((r) => r.text),
  ]);
}

describe('clipHtml on any input', () => {
  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (input) => {
          clipHtml(input, { clippedAt });
        },
      ),
      propertyRun('clipHtml on garbage', 300),
    );
  });

  it('never throws on arbitrary, broken or deeply nested HTML', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (input, truncate) => {
        clipHtml(truncate ? input.slice(0, Math.floor(input.length / 2)) : input, { clippedAt });
      }),
      propertyRun('clipHtml on broken HTML', 300),
    );
    expect(() =>
      clipHtml('<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000), { clippedAt }),
    ).not.toThrow();
  });

  it('never invents a word: every word it returns is made of words of the paste', () => {
    fc.assert(
      fc.property(page, (input) => {
        const known = new Set([
          ...(input.match(TOKEN) ?? []),
          ...(input.match(CJK_CHARACTER) ?? []),
        ]);
        for (const text of textsOf(clipHtml(input, { clippedAt }))) {
          const words = text.match(TOKEN) ?? [];
          const cut = text.endsWith('…');
          words.forEach((word, i) => {
            const ok =
              madeOf(word, known) || (cut && i === words.length - 1 && madeOfThenCut(word, known));
            expect(ok, word).toBe(true);
          });
        }
      }),
      propertyRun('clipHtml invents no word', 300),
    );
  });
});
