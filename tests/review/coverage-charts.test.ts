import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dayChart, outletChart } from '../../electron/review/coverage-charts.ts';

/** The drawn length of each bar, in the order of the data. */
function barLengths(svg: string, side: 'height' | 'width'): number[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute(side)));
}

describe('coverage charts', () => {
  it('draws each day’s column in proportion to its clips', () => {
    const svg = dayChart(
      [
        { name: '2026-11-02', count: 1 },
        { name: '2026-11-03', count: 3 },
        { name: '2026-11-04', count: 2 },
      ],
      'Clips per day',
    );
    const [one, three, two] = barLengths(svg, 'height');
    expect(three / one).toBeCloseTo(3, 2);
    expect(two / one).toBeCloseTo(2, 2);
  });

  it('draws each outlet’s bar in proportion to its clips', () => {
    const svg = outletChart(
      [
        { name: 'Reuters', count: 4 },
        { name: 'Le Monde', count: 1 },
      ],
      'Clips per outlet',
    );
    const [four, one] = barLengths(svg, 'width');
    expect(four / one).toBeCloseTo(4, 2);
  });
});
