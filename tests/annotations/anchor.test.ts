import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../electron/annotations/anchor.ts';
import { reanchorAnnotations } from '../../electron/annotations/reanchor.ts';
import { describeRange } from '../../electron/annotations/selectors.ts';
import { TextEdit } from '../../electron/annotations/text-diff.ts';
import type { Annotation } from '../../electron/model/clip.ts';
import { propertyRun } from '../helpers/test-seed.ts';

const TEXT = [
  'The council met on Tuesday to discuss the harbour plan.',
  'Residents said the harbour plan would block the view of the bay, and the council agreed to look again.',
  'A second vote is due in March, when the council will hear from the port authority.',
].join('\n\n');

function annotate(text: string, exact: string, occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  const now = '2025-07-23T10:00:00.000Z';
  return {
    id: 'a',
    createdAt: now,
    updatedAt: now,
    color: 'yellow',
    note: '',
    orphaned: false,
    ...describeRange(text, start, start + exact.length),
  };
}

function place(annotation: Annotation, before: string | null, after: string): string | null {
  const [moved] = reanchorAnnotations([annotation], before, after);
  return moved.orphaned ? null : after.slice(moved.position.start, moved.position.end);
}

describe('re-anchoring after an edit', () => {
  const a = annotate(TEXT, 'block the view of the bay');

  it('follows an insertion before the highlight', () => {
    const after = 'BREAKING. ' + TEXT;
    const [moved] = reanchorAnnotations([a], TEXT, after);
    expect(moved.position.start).toBe(a.position.start + 10);
    expect(place(a, TEXT, after)).toBe('block the view of the bay');
  });

  it('stays put after an insertion after the highlight', () => {
    const after = TEXT + '\n\nThe meeting ended at nine.';
    expect(reanchorAnnotations([a], TEXT, after)[0].position).toEqual(a.position);
  });

  it('follows a deletion before the highlight', () => {
    const after = TEXT.replace('The council met on Tuesday to discuss the harbour plan.\n\n', '');
    expect(place(a, TEXT, after)).toBe('block the view of the bay');
  });

  it('grows with an insertion inside the highlight', () => {
    expect(place(a, TEXT, TEXT.replace('the view of', 'the lovely view of'))).toBe(
      'block the lovely view of the bay',
    );
  });

  it('shrinks with a small deletion inside the highlight', () => {
    expect(place(a, TEXT, TEXT.replace('the view of the bay', 'the view of bay'))).toBe(
      'block the view of bay',
    );
  });

  it('is orphaned, and kept, when its passage is deleted', () => {
    const after = TEXT.replace(
      'Residents said the harbour plan would block the view of the bay, and the council agreed to look again.',
      'Residents objected.',
    );
    const [moved] = reanchorAnnotations([a], TEXT, after);
    expect(moved.orphaned).toBe(true);
    expect(moved.quote).toEqual(a.quote);
    expect(moved.position).toEqual(a.position);
  });

  it('comes back from orphanhood when its passage returns', () => {
    const gone = TEXT.replace('block the view of the bay', 'spoil things');
    const [orphan] = reanchorAnnotations([a], TEXT, gone);
    expect(orphan.orphaned).toBe(true);
    const [back] = reanchorAnnotations([orphan], gone, TEXT);
    expect(back.orphaned).toBe(false);
    expect(back.position).toEqual(a.position);
  });

  it('chooses the right one of a repeated phrase', () => {
    const second = annotate(TEXT, 'the council', 0);
    expect(second.position.start).toBe(TEXT.indexOf('the council agreed'));
    const after = TEXT.replace(
      'The council met on Tuesday',
      'After a long delay, the council met on Tuesday',
    );
    const [moved] = reanchorAnnotations([second], TEXT, after);
    expect(moved.position.start).toBe(after.indexOf('the council agreed'));
  });

  it('finds a repeated phrase by its context even without a position', () => {
    const third = annotate(TEXT, 'the council', 1);
    const shuffled = TEXT.split('\n\n').reverse().join('\n\n');
    const found = anchorQuote(shuffled, third.quote);
    expect(found?.start).toBe(shuffled.indexOf('the council will hear'));
  });

  it('does not let a look-alike passage capture an orphan', () => {
    const minister = 'The minister said the budget was balanced and fair to all.\n\n';
    const before = `Paragraph one is about the weather.\n\n${minister}Paragraph three is about sport.\n\nCritics replied that the budget was balanced and fare to none of them.`;
    const highlight = annotate(before, 'the budget was balanced and fair');
    const after = before.replace(minister, '');
    expect(reanchorAnnotations([highlight], before, after)[0].orphaned).toBe(true);
  });

  it('without the old text, a look-alike far off in other surroundings does not capture a deleted passage', () => {
    const filler = 'Other business took the rest of the evening, item after item. '.repeat(12);
    const sentence = 'The port authority will publish its traffic figures next spring';
    const before = [
      `Councillors opened the session with the minutes. ${sentence}, the chair said.`,
      filler,
      `Late in the meeting a visitor from the ferry company asked about it. ${sentence}.`,
    ].join('\n\n');
    const highlight = annotate(before, sentence);
    const after = before.replace(`${sentence}, the chair said.`, 'The chair moved on.');
    expect(reanchorAnnotations([highlight], null, after)[0].orphaned).toBe(true);
  });

  it('without the old text, a passage whose one side was cut is still found near its place', () => {
    const before = `${TEXT}\n\nThe mayor was not at the meeting.`;
    const highlight = annotate(before, 'The mayor was not at the meeting.');
    const after = before.replace(
      'A second vote is due in March, when the council will hear from the port authority.\n\n',
      '',
    );
    expect(place(highlight, null, after)).toBe('The mayor was not at the meeting.');
  });

  it('anchors a highlight across a paragraph boundary', () => {
    const across = annotate(TEXT, 'harbour plan.\n\nResidents said');
    const after = TEXT.replace('Tuesday', 'Monday');
    expect(place(across, TEXT, after)).toBe('harbour plan.\n\nResidents said');
  });

  // How long this takes is measured by `npm run bench:anchors`, not here.
  it('re-anchors 500 annotations in a long article, each on its own words', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919) % 5003}`);
    const text = words.join(' ');
    const annotations = Array.from({ length: 500 }, (_, i) => {
      const start = text.indexOf(' ', i * 200) + 1;
      const end = text.indexOf(' ', start + 40);
      return {
        ...annotate(text, text.slice(start, end)),
        ...describeRange(text, start, end),
        id: `a${i}`,
      };
    });
    const edited = 'An editor added this opening line. ' + text.replace(words[10_000], 'changed');
    const result = reanchorAnnotations(annotations, text, edited);
    expect(result.filter((r) => r.orphaned)).toHaveLength(0);
    for (const r of result)
      expect(edited.slice(r.position.start, r.position.end)).toBe(r.quote.exact);
  });
});

describe('TextEdit', () => {
  it('maps offsets change by change: kept text moves with its words, a replaced stretch is covered whole', () => {
    const before = 'The council met on Tuesday. It voted on the harbour plan. The mayor was away.';
    const after =
      'The council met on Monday. It voted on the harbour plan. The deputy mayor was away.';
    const edit = new TextEdit(before, after);
    const between = before.indexOf('It voted');
    expect(edit.map(between, 'start')).toBe(after.indexOf('It voted'));
    const day = before.indexOf('Tuesday');
    expect(after.slice(edit.map(day, 'start'), edit.map(day + 'Tuesday'.length, 'end'))).toBe(
      'Monday',
    );
    expect(edit.keeps(between, between + 'It voted on the harbour plan.'.length)).toBe(true);
    expect(edit.keeps(day, day + 3)).toBe(false);
  });

  it('keeps a paragraph that moved, and says which new text was already there elsewhere', () => {
    const before = 'First paragraph here.\n\nSecond one, a little longer.\n\nThird and last.';
    const after = 'Second one, a little longer.\n\nFirst paragraph here.\n\nThird and last.';
    const edit = new TextEdit(before, after);
    const first = before.indexOf('First');
    expect(edit.keeps(first, first + 21)).toBe(true);
    expect(after.slice(edit.map(first, 'start'), edit.map(first + 21, 'end'))).toBe(
      'First paragraph here.',
    );
    const second = after.indexOf('Second');
    expect(edit.elsewhereIn(second, second + 10, first, first + 21)).toBe(10);
  });
});

describe('property: after any edit, an annotation lands on its own passage or is orphaned', () => {
  const vocabulary = Array.from(
    { length: 300 },
    (_, i) => `${'bcdfghklmnprstvz'[i % 16]}${'aeiou'[i % 5]}${'lmnrst'[(i * 7) % 6]}${i}`,
  );
  const wordArb = fc.constantFrom(...vocabulary);
  const scenario = fc
    .record({
      words: fc.array(wordArb, { minLength: 60, maxLength: 300 }),
      quoteStart: fc.nat(),
      quoteWords: fc.integer({ min: 2, max: 10 }),
      editAt: fc.nat(),
      deleteLength: fc.integer({ min: 0, max: 60 }),
      insert: fc.array(wordArb, { maxLength: 12 }).map((w) => (w.length ? w.join(' ') + ' ' : '')),
    })
    .map((s) => {
      const text = s.words.map((w, i) => (i > 0 && i % 40 === 0 ? `\n\n${w}` : w)).join(' ');
      const offsets = [...text.matchAll(/\S+/g)].map((m) => m.index);
      const first = s.quoteStart % (offsets.length - s.quoteWords);
      const qs = offsets[first];
      const qe = offsets[first + s.quoteWords] - 1;
      const at = s.editAt % text.length;
      const del = Math.min(s.deleteLength, text.length - at);
      return { text, qs, qe, at, del, insert: s.insert };
    });

  it('holds for 1,000 random edits', () => {
    let untouchedFound = 0;
    let untouched = 0;
    fc.assert(
      fc.property(scenario, ({ text, qs, qe, at, del, insert }) => {
        const after = text.slice(0, at) + insert + text.slice(at + del);
        const annotation = annotate(text, text.slice(qs, qe));
        Object.assign(annotation, describeRange(text, qs, qe));
        const [moved] = reanchorAnnotations([annotation], text, after);
        const shift = insert.length - del;
        const isUntouched = at + del <= qs || at >= qe;
        if (isUntouched) untouched++;
        if (moved.orphaned) return true;
        if (isUntouched) {
          const start = at + del <= qs ? qs + shift : qs;
          expect(moved.position).toEqual({ start, end: start + (qe - qs) });
          untouchedFound++;
        } else {
          const spanStart = Math.min(qs, at);
          const spanEnd = Math.max(qe, at + del) + shift;
          expect(moved.position.start < spanEnd && moved.position.end > spanStart).toBe(true);
        }
        return true;
      }),
      propertyRun('re-anchoring after random edits', 1000),
    );
    // Orphaning everything would pass the property: most untouched passages must be found.
    expect(untouchedFound / untouched).toBeGreaterThan(0.97);
  });
});
