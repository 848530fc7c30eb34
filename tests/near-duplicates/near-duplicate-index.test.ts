import { describe, expect, it } from 'vitest';
import {
  NearDuplicateIndex,
  sketchText,
} from '../../electron/near-duplicates/near-duplicate-index.ts';
import { shingleSet } from '../../electron/near-duplicates/shingles.ts';

const STORY = `Ukraine last month announced its withdrawal from the Ottawa Convention banning the production and use of anti-personnel mines. It said it was a necessary step in view of Russian tactics in the 40-month-old war.
Russia is not a party to the treaty and Ukraine says Russia has used landmines extensively in the war.
"The use of anti-personnel mines by the Kyiv regime against civilians is regularly recorded by our law enforcement agencies," Foreign Ministry spokeswoman Maria Zakharova told reporters.
Zakharova noted that under the text of the Ottawa Treaty withdrawal during an armed conflict should not take effect before the end of the armed conflict.
Lithuania and Finland look set to start domestic production of anti-personnel landmines next year to supply themselves and Ukraine, officials from the two NATO member states told Reuters.`;

const OTHER = `Thailand has recalled its ambassador to Cambodia and will expel Cambodia's ambassador, the ruling Pheu Thai Party said on Wednesday following a landmine incident that injured a Thai soldier along the disputed border between the two countries. The Thai Foreign Ministry has lodged a formal protest with Cambodia, saying the landmines found in the area were newly deployed.`;

describe('shingles', () => {
  it('folds case, accents, quotes and spacing', () => {
    expect(shingleSet('Kyïv said “no” — today,   again')).toEqual(
      shingleSet('KYIV said "no" - today, again'),
    );
  });

  it('counts each character of Chinese or Japanese as a word', () => {
    expect(shingleSet('北陸テレビの記者が伝えた').length).toBeGreaterThan(5);
  });
});

describe('NearDuplicateIndex', () => {
  it('finds the same story with another outlet’s edits, and not an unrelated one', () => {
    const index = new NearDuplicateIndex();
    index.add('mines', sketchText(STORY));
    index.add('thai', sketchText(OTHER));
    const edited = `KYIV - ${STORY.replace('told reporters', 'said on Thursday')}\nREUTERS`;
    const [match, ...rest] = index.find(sketchText(edited));
    expect(match.id).toBe('mines');
    expect(match.similarity).toBeGreaterThan(0.6);
    expect(rest).toEqual([]);
  });

  it('finds a paper that ran only the first half of a wire story', () => {
    const index = new NearDuplicateIndex();
    index.add('mines', sketchText(STORY));
    const half = STORY.split('\n').slice(0, 3).join('\n');
    expect(index.find(sketchText(half)).map((m) => m.id)).toEqual(['mines']);
  });

  it('replaces a text given again under its id, forgets a removed one, and skips empty texts', () => {
    const index = new NearDuplicateIndex();
    index.add('a', sketchText(STORY));
    index.add('a', sketchText(OTHER));
    expect(index.find(sketchText(STORY))).toEqual([]);
    expect(index.find(sketchText(OTHER)).map((m) => m.id)).toEqual(['a']);
    index.remove('a');
    expect(index.find(sketchText(OTHER))).toEqual([]);
    index.add('empty', sketchText('  —  '));
    expect(index.size).toBe(0);
  });

  it('keeps finding the live texts after most were removed and the tables rebuilt', () => {
    const index = new NearDuplicateIndex();
    for (let i = 0; i < 3000; i++)
      index.add(`filler-${i}`, sketchText(`${OTHER} number ${i} ${i * 7} ${i * 13}`));
    index.add('mines', sketchText(STORY));
    for (let i = 0; i < 2500; i++) index.remove(`filler-${i}`);
    expect(index.size).toBe(501);
    expect(index.find(sketchText(STORY)).map((m) => m.id)).toEqual(['mines']);
    expect(index.find(sketchText(`${OTHER} number 2999 20993 38987`))[0].id).toBe('filler-2999');
  });

  it('leaves a text out of its own matches when asked', () => {
    const index = new NearDuplicateIndex();
    index.add('mines', sketchText(STORY));
    expect(index.find(sketchText(STORY), { exclude: 'mines' })).toEqual([]);
  });
});
