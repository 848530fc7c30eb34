import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../../electron/clipping/extract.ts';
import { OutletMemory } from '../../../electron/clipping/memory/outlet-memory.ts';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { bodyText } from '../../../electron/model/article.ts';
import { NAV, STORY_EN, STORY_EN_MORE, paste } from './pages.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');
/** A line of the outlet's own furniture that no phrase list knows: only the library's memory can tell. */
const HOUSE_LINE =
  'The Riverside Courier has served the valley with independent reporting since 1874, thanks to readers like you.';

function outletPaste(paragraphs: readonly string[]): string {
  return paste(
    NAV,
    ['Storm floods the old town', 'By Jane Doe'],
    ...paragraphs.slice(0, 2),
    HOUSE_LINE,
    ...paragraphs.slice(2),
  );
}

function memoryOf(pastes: number): OutletMemory {
  const memory = new OutletMemory();
  for (let k = 0; k < pastes; k++) {
    const other = STORY_EN_MORE.map((p) => `${p} (Report ${k}.)`);
    memory.learn('Riverside Courier', outletPaste(other));
  }
  return memory;
}

function letters(n: number): string {
  return n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
}

describe('OutletMemory', () => {
  it('without memory, the engine keeps a line it cannot tell from the story', () => {
    const [article] = cleanTextPaste(outletPaste(STORY_EN), { clippedAt });
    expect(bodyText(article.blocks)).toContain(HOUSE_LINE);
  });

  it('drops a line seen in many earlier pastes of the outlet, and keeps the story', () => {
    const memory = memoryOf(4);
    expect(memory.boilerplate('Riverside Courier', HOUSE_LINE)).toBe(1);
    expect(memory.boilerplate('Riverside Courier', STORY_EN[0])).toBe(0);
    const [article] = extractArticles(
      { text: outletPaste(STORY_EN) },
      { clippedAt, memory, outlet: 'Riverside Courier' },
    );
    const body = bodyText(article.blocks);
    expect(body).not.toContain(HOUSE_LINE);
    for (const paragraph of STORY_EN) expect(body).toContain(paragraph);
    expect(article.removed.find((r) => r.text === HOUSE_LINE)?.reason).toBe(
      "recurs in this outlet's other clips",
    );
  });

  it('recognises the outlet from its boilerplate when the caller does not name it', () => {
    const memory = memoryOf(4);
    const [article] = cleanTextPaste(outletPaste(STORY_EN), { clippedAt, memory });
    expect(article.source).toBe('Riverside Courier');
    expect(bodyText(article.blocks)).not.toContain(HOUSE_LINE);
  });

  it('needs several pastes before it calls a line boilerplate', () => {
    expect(memoryOf(2).boilerplate('Riverside Courier', HOUSE_LINE)).toBe(0);
    expect(memoryOf(2).boilerplate('Another Outlet', HOUSE_LINE)).toBe(0);
  });

  it('folds case, spacing and numbers, so a footer with a new year is the same footer', () => {
    const memory = new OutletMemory();
    for (const year of [2021, 2022, 2023, 2024])
      memory.learn('Courier', `© ${year} Riverside Courier`);
    expect(memory.boilerplate('courier', '©  2025 RIVERSIDE courier')).toBe(1);
  });

  it('round-trips through JSON, holding hashes rather than text', () => {
    const memory = memoryOf(3);
    const json = JSON.parse(JSON.stringify(memory.toJSON()));
    expect(JSON.stringify(json)).not.toContain('valley');
    const read = OutletMemory.fromJSON(json);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.memory.boilerplate('Riverside Courier', HOUSE_LINE)).toBe(1);
      expect(read.memory.toJSON()).toEqual(memory.toJSON());
    }
  });

  it('reports unreadable data as an error value', () => {
    for (const bad of [
      null,
      42,
      { version: 2 },
      { version: 1, limits: { outlets: 1, linesPerOutlet: 1 }, outlets: [{ outlet: '' }] },
    ]) {
      const read = OutletMemory.fromJSON(bad);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(/outlet memory/);
    }
  });

  it('stays within its bounds, keeping the lines that recur', () => {
    const memory = new OutletMemory({ outlets: 3, linesPerOutlet: 50 });
    for (let k = 0; k < 15; k++) {
      // Digits fold in the memory's hash, so the lines differ by letters.
      const lines = Array.from(
        { length: 40 },
        (_, n) => `story line ${letters(k * 40 + n)} of paste`,
      );
      memory.learn(`Outlet ${k % 3}`, ['Shared footer of the house', ...lines].join('\n'));
    }
    for (const outlet of memory.toJSON().outlets)
      expect(outlet.lines.length).toBeLessThanOrEqual(50);
    expect(memory.boilerplate('Outlet 1', 'Shared footer of the house')).toBe(1);
    for (const name of ['Outlet 3', 'Outlet 4']) memory.learn(name, 'Shared footer of the house');
    expect(memory.outletNames).toEqual(['Outlet 2', 'Outlet 3', 'Outlet 4']);
  });
});
