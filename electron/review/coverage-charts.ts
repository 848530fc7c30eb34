import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Count } from './build-review.ts';
import { dayHeading } from './build-review.ts';

/** At most this many outlets get a bar; the rest are summed as "Others". */
const MAX_OUTLETS = 12;
const WIDTH = 640;
const BAR_COLOUR = '#36557f';

/** Whole numbers for a count axis up to `max`: never a tick at 1.5 clips. */
function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 6));
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

function svgOf(plot: (document: Document) => Element): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const svg = plot(document as unknown as Document);
  // Plot's own <style> and style attributes only set display and fonts, which the review's stylesheet
  // does: a page whose policy forbids inline styles (the window's preview) must carry none.
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const element of [svg, ...svg.querySelectorAll('[style]')]) element.removeAttribute('style');
  // The chart is one image with one label; Plot's labels on its groups are not allowed on them.
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  return svg.outerHTML;
}

/** Clips per outlet as horizontal bars, most first; an SVG that prints sharp. */
export function outletChart(outlets: readonly Count[], label: string): string {
  const shown = outlets.slice(0, MAX_OUTLETS);
  const others = outlets.slice(MAX_OUTLETS).reduce((n, o) => n + o.count, 0);
  const data = others > 0 ? [...shown, { name: 'Others', count: others }] : shown;
  return svgOf((document) => {
    const svg = Plot.plot({
      document,
      width: WIDTH,
      height: 40 + data.length * 26,
      marginLeft: 170,
      marginRight: 40,
      x: {
        label: null,
        grid: true,
        ticks: countTicks(Math.max(1, ...data.map((d) => d.count))),
        tickFormat: 'd',
      },
      y: { label: null, domain: data.map((d) => d.name) },
      marks: [
        Plot.barX(data, { x: 'count', y: 'name', fill: BAR_COLOUR }),
        Plot.text(data, {
          x: 'count',
          y: 'name',
          text: (d: Count) => String(d.count),
          dx: 6,
          textAnchor: 'start',
        }),
        Plot.ruleX([0]),
      ],
    });
    svg.setAttribute('aria-label', label);
    return svg;
  });
}

/** Clips per day as columns, every day of the span shown (a day without clips too). */
export function dayChart(days: readonly Count[], label: string): string {
  const filled: Count[] = [];
  if (days.length > 0) {
    const counts = new Map(days.map((d) => [d.name, d.count]));
    const last = new Date(`${days[days.length - 1].name}T00:00:00Z`);
    for (
      let at = new Date(`${days[0].name}T00:00:00Z`);
      at <= last && filled.length < 366;
      at.setUTCDate(at.getUTCDate() + 1)
    ) {
      const name = at.toISOString().slice(0, 10);
      filled.push({ name, count: counts.get(name) ?? 0 });
    }
  }
  const short = (day: string) => dayHeading(day).replace(/ \d{4}$/, '');
  const every = Math.max(1, Math.ceil(filled.length / 10));
  return svgOf((document) => {
    const svg = Plot.plot({
      document,
      // A few days make narrow columns, not a wall.
      width: Math.min(WIDTH, 120 + filled.length * 70),
      height: 220,
      marginBottom: 40,
      x: {
        label: null,
        domain: filled.map((d) => d.name),
        tickFormat: (d: string, i: number) => (i % every === 0 ? short(d) : ''),
      },
      y: {
        label: null,
        grid: true,
        ticks: countTicks(Math.max(1, ...filled.map((d) => d.count))),
        tickFormat: 'd',
      },
      marks: [
        Plot.barY(filled, { x: 'name', y: 'count', fill: BAR_COLOUR, insetLeft: 6, insetRight: 6 }),
        Plot.ruleY([0]),
      ],
    });
    svg.setAttribute('aria-label', label);
    return svg;
  });
}
