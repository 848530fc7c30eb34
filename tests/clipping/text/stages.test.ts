import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PhraseMatcher,
  normalisePhrase,
} from '../../../electron/clipping/recognise/phrase-matcher.ts';
import {
  findFurniture,
  splitLeadingLabels,
} from '../../../electron/clipping/recognise/furniture.ts';
import { shapeOf } from '../../../electron/clipping/text/line-shape.ts';
import { MetaLines } from '../../../electron/clipping/text/meta-lines.ts';
import { markCaptions, markHeadlineLists } from '../../../electron/clipping/text/neighbours.ts';
import { buildBlocks } from '../../../electron/clipping/text/paragraphs.ts';
import { proseScore } from '../../../electron/clipping/text/prose.ts';
import { scoreLines } from '../../../electron/clipping/text/score-lines.ts';
import { segmentLines } from '../../../electron/clipping/text/segment.ts';
import { heaviestRun } from '../../../electron/clipping/text/select-region.ts';
import { splitSentences } from '../../../electron/clipping/recognise/sentences.ts';
import { findStoryZones } from '../../../electron/clipping/text/stories.ts';
import { STORY_EN, STORY_EN_MORE } from './pages.ts';
import { propertyRun } from '../../helpers/test-seed.ts';

describe('segment', () => {
  it('keeps non-empty lines, notes blank lines around them and tab-separated cells', () => {
    const lines = segmentLines(
      'Menu\nHome\n\n  A  paragraph\u00a0here.\u200b \n\nName\tScore\tRank\r\nx',
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Menu',
      'Home',
      'A paragraph here.',
      'Name Score Rank',
      'x',
    ]);
    expect(lines[2]).toMatchObject({ blankBefore: true, blankAfter: true, flat: null });
    expect(lines[1]).toMatchObject({ blankBefore: false, blankAfter: true });
    expect(lines[3].cells).toBe(3);
  });

  it('splits a flattened body into sentences that share its line number', () => {
    const body = [...STORY_EN, ...STORY_EN_MORE].join(' ');
    const lines = segmentLines(`Title\n${body}\nFooter`);
    expect(lines.length).toBe(2 + STORY_EN.length + STORY_EN_MORE.length);
    expect(new Set(lines.slice(1, -1).map((l) => l.flat))).toEqual(new Set([1]));
    expect(
      lines
        .slice(1, -1)
        .map((l) => l.text)
        .join(' '),
    ).toBe(body);
  });

  it('leaves an ordinary long paragraph whole', () => {
    expect(segmentLines(STORY_EN.join(' ')).length).toBe(1);
  });
});

describe('sentences', () => {
  it('splits a lead-in from the question the page set as a subheading', () => {
    expect(
      splitSentences('Here is what it means: What are the agencies? They fight graft.'),
    ).toEqual(['Here is what it means:', 'What are the agencies?', 'They fight graft.']);
  });
});

describe('shape and prose', () => {
  it('measures words in spaced and unspaced scripts', () => {
    expect(shapeOf("Don't stop the U.S. e-mail, 2 times.").words).toBe(7);
    expect(shapeOf('東京で大雨が降った。').size).toBeCloseTo(9 / 1.5, 5);
    expect(shapeOf('NISSAN SENTRA').shouting).toBe(true);
    expect(shapeOf('Read more…').trailingEllipsis).toBe(true);
    expect(shapeOf('1) First item').listItem).toBe(true);
  });

  it('scores a paragraph above a headline, and a headline above a menu item', () => {
    const paragraph = proseScore(shapeOf(STORY_EN[1]));
    const headline = proseScore(shapeOf('Storm floods the old town as river bursts its banks'));
    expect(paragraph).toBeGreaterThan(2);
    expect(headline).toBeLessThan(1);
    expect(headline).toBeGreaterThan(proseScore(shapeOf('Home')));
  });

  it('does not take a 70-word run without a stop for prose', () => {
    const run = Array.from({ length: 70 }, (_, i) => (i % 7 === 0 ? 'Singapore' : 'headline')).join(
      ' ',
    );
    expect(proseScore(shapeOf(run))).toBe(0);
  });

  it('scores the lines of a sentence the paste cut in two as parts of that sentence', () => {
    const start = 'The poster contest for children';
    const rest =
      'takes place for the sixth time this spring, and every school in the city may join it.';
    const [cut] = scoreLines(segmentLines(`${start}\n${rest}`));
    const [alone] = scoreLines(segmentLines(`${start}\nThe rest of the page.`));
    expect(cut.prose).toBeGreaterThan(alone.prose + 0.5);
  });
});

describe('phrase matcher', () => {
  it('finds every phrase a naive search finds, on word boundaries', () => {
    const phrases = ['sign in', 'sign', 'in', 'share', 'top stories', 'stories', '関連記事'];
    const matcher = new PhraseMatcher([
      { kind: 'account', reason: 'r', labels: phrases, markers: [], prefixes: [] },
    ]);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Sign',
            'in',
            'share',
            'Top',
            'stories',
            '関連記事',
            'shares',
            'x',
            ' ',
            '-',
            'sign-in',
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = parts.join(' ');
          const lower = normalisePhrase(text);
          const naive: string[] = [];
          for (const phrase of phrases) {
            for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
              const cjk = /\p{Script=Han}/u.test(phrase);
              const bounded =
                cjk ||
                (!/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') &&
                  !/[\p{L}\p{N}]/u.test(lower[at + phrase.length] ?? ' '));
              if (bounded) naive.push(`${at}:${phrase}`);
            }
          }
          const found = matcher.find(text).map((m) => `${m.start}:${lower.slice(m.start, m.end)}`);
          expect(found.sort()).toEqual(naive.sort());
        },
      ),
      propertyRun('phrase matcher', 100),
    );
  });

  it('tells a line of labels from a sentence that mentions one', () => {
    expect(findFurniture('Share this article').label).toBe('share');
    expect(findFurniture('Share prices fell sharply on Monday').label).toBeNull();
    expect(findFurniture('We use cookies to improve your experience.').markers).toContain(
      'consent',
    );
    expect(
      splitLeadingLabels("Sign Up Sign Up 'Tourists are not allowed here,' it said.")?.labels,
    ).toBe('Sign Up Sign Up');
    expect(splitLeadingLabels('Share prices fell sharply on Monday')).toBeNull();
  });

  it('takes comment counters and rating widgets for furniture, sentences about them not', () => {
    for (const line of [
      'Keine Kommentare',
      'Kommentare insgesamt: 0',
      'Aucun commentaire',
      'Sin comentarios',
    ])
      expect(findFurniture(line).label, line).toBe('comments');
    for (const line of [
      '(Noch keine Bewertungen) Loading...',
      'Was this article helpful?',
      'Rate this article',
    ])
      expect(findFurniture(line).label, line).toBe('share');
    expect(
      findFurniture('Keine Kommentare gab es vom Ministerium zu den Vorwürfen.').label,
    ).toBeNull();
    expect(findFurniture('Loading the ship took three days.').label).toBeNull();
  });
});

describe('selection', () => {
  it('takes the heaviest run, across a dip smaller than what follows it', () => {
    expect(heaviestRun([-1, 3, 2, -4, 5, -9, 1])).toEqual({ start: 1, end: 5, mass: 6 });
    expect(heaviestRun([-1, 3, 2, -6, 5, -9, 1])).toEqual({ start: 1, end: 3, mass: 5 });
    expect(heaviestRun([-1, -2])).toBeNull();
  });

  it('starts the run near its header when asked', () => {
    expect(heaviestRun([1, -3, 10], 0, 3, 1)).toEqual({ start: 0, end: 3, mass: 8 });
  });

  it('cuts the paste into stories at headers: a headline beside a time, byline or outlet line', () => {
    const text = [
      'Daily Example',
      '2 hours ago',
      '- Daily Example',
      'First story headline here',
      STORY_EN[0],
      STORY_EN[1],
      'Other Paper',
      '3 hours ago',
      '- Other Paper',
      'Second story headline here',
      STORY_EN_MORE[0],
      STORY_EN_MORE[1],
    ].join('\n');
    const lines = segmentLines(text);
    const zones = findStoryZones(
      lines,
      scoreLines(lines),
      new MetaLines(lines, 'en', new Date('2025-01-01T00:00:00Z')),
    );
    expect(zones.map((z) => [z.start, z.header?.title])).toEqual([
      [0, 3],
      [6, 9],
    ]);
  });

  it('marks headline lists and captions in new evidence, leaving what it was given unchanged', () => {
    const text = [
      'A headline over the story',
      STORY_EN[0],
      'Related stories',
      'Another council votes on its budget',
      'Rain expected over the weekend',
      STORY_EN[1],
      'The flooded square on Monday',
      'Photo: Jane Doe / Example Agency',
    ].join('\n');
    const lines = segmentLines(text);
    const scored = scoreLines(lines);
    const before = JSON.stringify(scored);
    const zones = [{ header: null, start: 0, end: lines.length }];
    const listed = markHeadlineLists(lines, scored, zones);
    const captioned = markCaptions(lines, listed);
    expect(JSON.stringify(scored)).toBe(before);
    expect(listed[3].junk?.cause).toBe('listed');
    expect(captioned[6].junk?.reason).toBe('photo caption');
    expect(listed[6].junk).toBeNull();
  });
});

describe('paragraphs', () => {
  it('regroups a flattened line’s sentences and makes a short question a subheading', () => {
    const sentences = [
      STORY_EN[0],
      STORY_EN[1],
      STORY_EN[2],
      'What happens next?',
      STORY_EN[3],
      STORY_EN[4],
    ];
    const lines = sentences.map((text, index) => ({
      index,
      text,
      blankBefore: false,
      blankAfter: false,
      cells: 1,
      flat: 0,
    }));
    const fates = sentences.map((text) => ({ keep: true as const, text, before: [], after: [] }));
    const { blocks } = buildBlocks(lines, 0, fates);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(blocks.map((b) => b.text).join(' ')).toBe(sentences.join(' '));
  });
});
