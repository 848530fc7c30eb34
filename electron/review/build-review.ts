import { PresscutError } from '../../common/errors.ts';
import type { LibraryStore } from '../library/store.ts';
import { storyText } from '../model/article.ts';
import type { CitationStyle } from '../model/citation-styles.ts';
import { NearDuplicateIndex, sketchText } from '../near-duplicates/near-duplicate-index.ts';
import { clipDay } from '../model/clip-day.ts';
import { tagKey } from '../../common/tag-names.ts';
import type { ExportClip, FindClips } from '../transfer/export/selection.ts';
import { referenceList, type ReferenceEntry } from './references.ts';
import {
  SINCE,
  type ReviewBody,
  type ReviewSelection,
  type ReviewSettings,
} from '../model/review-settings.ts';

/** One story of the review: a clip, and every other clip of the same story (its pickups), main clip first. */
export interface ReviewStory {
  /** The main clip's id: what a comment or the hand-made order refers to. */
  key: string;
  main: ExportClip;
  /** Every clip of the story, the main one first, then by date. */
  clips: ExportClip[];
  comment: string;
  body: ReviewBody;
}

export interface ReviewSection {
  /** Null when the review is not grouped. */
  heading: string | null;
  stories: ReviewStory[];
}

export interface Count {
  name: string;
  count: number;
}

export interface Coverage {
  stories: number;
  clips: number;
  /** Clips per outlet, most first. */
  outlets: Count[];
  /** Clips per day (YYYY-MM-DD), in order of days. */
  days: Count[];
  /** Stories per tag, most first. */
  tags: Count[];
}

/** A press review, made: what every output (the preview, HTML, PDF, DOCX, Markdown) draws. */
export interface Review {
  settings: ReviewSettings;
  title: string;
  organisation: string;
  /** "21–23 July 2025" */
  period: string;
  introduction: string;
  /** When it was made, ISO. */
  madeAt: string;
  sections: ReviewSection[];
  coverage: Coverage;
  references: { style: CitationStyle; entries: ReferenceEntry[] } | null;
}

const HOUR = 60 * 60 * 1000;
const UNIT_HOURS = { h: 1, d: 24, w: 24 * 7 } as const;

/** The earliest moment a `since` period reaches back to. */
export function sinceStart(since: string, now: Date): Date {
  const [, n, unit] = SINCE.exec(since) ?? [];
  if (!n)
    throw new PresscutError('invalid-argument', `“${since}” is not a period: write 24h, 7d or 2w.`);
  return new Date(now.getTime() - Number(n) * UNIT_HOURS[unit as keyof typeof UNIT_HOURS] * HOUR);
}

/** When a clip counts as being from, for a period: when its outlet published it, else when it was clipped. */
function clipMoment(record: ExportClip['record']): number {
  const published = record.published ? Date.parse(record.published) : NaN;
  return Number.isNaN(published) ? Date.parse(record.createdAt) : published;
}

/** The clips a review's selection takes, newest first; link-only clips have no text to review. */
export async function selectReviewClips(
  store: LibraryStore,
  selection: ReviewSelection,
  find: FindClips,
  now: Date,
): Promise<ExportClip[]> {
  const ids = selection.ids ? new Set(selection.ids) : null;
  const tag = selection.tag?.trim() ? tagKey(selection.tag) : null;
  const found = selection.query?.trim() ? new Set(await find(selection.query)) : null;
  const since = selection.since ? sinceStart(selection.since, now).getTime() : null;
  const chosen: ExportClip[] = [];
  for (const record of store.records()) {
    if (record.linkOnly) continue;
    if (ids && !ids.has(record.id)) continue;
    if (tag && !record.tags.some((t) => tagKey(t) === tag)) continue;
    if (found && !found.has(record.id)) continue;
    if (since !== null && clipMoment(record) < since) continue;
    const day = clipDay(record);
    if (selection.from && day < selection.from) continue;
    if (selection.to && day > selection.to) continue;
    chosen.push({ record, body: await store.body(record.id) });
  }
  return chosen;
}

/**
 * Clips of one story: a clip joins the story of an earlier one whose text it
 * nearly repeats (the same wire story run by several outlets). The earliest
 * published clip of each story is its main one.
 */
export function groupPickups(clips: readonly ExportClip[]): ExportClip[][] {
  const byOldest = [...clips].sort(
    (a, b) => clipMoment(a.record) - clipMoment(b.record) || a.record.id.localeCompare(b.record.id),
  );
  const index = new NearDuplicateIndex();
  const storyOf = new Map<string, ExportClip[]>();
  const stories: ExportClip[][] = [];
  for (const clip of byOldest) {
    const sketch = sketchText(storyText(clip.body.blocks));
    const [match] = index.find(sketch);
    const story = match ? storyOf.get(match.id) : undefined;
    if (story) story.push(clip);
    else stories.push([clip]);
    storyOf.set(clip.record.id, story ?? stories[stories.length - 1]);
    index.add(clip.record.id, sketch);
  }
  return stories;
}

function countBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}

const outletOf = (clip: ExportClip) => clip.record.source ?? clip.record.credit ?? 'Unknown outlet';
const byCount = (a: Count, b: Count) => b.count - a.count || a.name.localeCompare(b.name);

function coverageOf(stories: readonly ReviewStory[]): Coverage {
  const clips = stories.flatMap((s) => s.clips);
  return {
    stories: stories.length,
    clips: clips.length,
    outlets: countBy(clips, (c) => [outletOf(c)]).sort(byCount),
    days: countBy(clips, (c) => [clipDay(c.record)]).sort((a, b) => a.name.localeCompare(b.name)),
    tags: countBy(stories, (s) => [...new Set(s.clips.flatMap((c) => c.record.tags))]).sort(
      byCount,
    ),
  };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A day (YYYY-MM-DD) as a heading: "23 July 2025". */
export function dayHeading(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** The span of the clips' days, as a reader writes it: "21–23 July 2025". */
function periodOf(coverage: Coverage): string {
  const days = coverage.days.map((d) => d.name);
  if (days.length === 0) return '';
  const [first, last] = [
    new Date(`${days[0]}T00:00:00Z`),
    new Date(`${days[days.length - 1]}T00:00:00Z`),
  ];
  return days.length === 1 ? dayHeading(days[0]) : dayFormat.formatRange(first, last);
}

/** Sections of stories as the settings group them; newest first within each. */
function arrange(stories: ReviewStory[], settings: ReviewSettings): ReviewSection[] {
  const newestFirst = [...stories].sort(
    (a, b) => clipMoment(b.main.record) - clipMoment(a.main.record),
  );
  switch (settings.group) {
    case 'none':
      return [{ heading: null, stories: newestFirst }];
    case 'manual': {
      const rank = new Map(settings.order.map((key, i) => [key, i]));
      const placed = newestFirst
        .filter((s) => rank.has(s.key))
        .sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
      return [
        { heading: null, stories: [...placed, ...newestFirst.filter((s) => !rank.has(s.key))] },
      ];
    }
    case 'outlet':
      return sections(
        newestFirst,
        (s) => outletOf(s.main),
        (a, b) => a.localeCompare(b),
      );
    case 'day':
      return sections(
        newestFirst,
        (s) => clipDay(s.main.record),
        (a, b) => b.localeCompare(a),
      ).map((s) => ({
        ...s,
        heading: dayHeading(s.heading!),
      }));
    case 'tag': {
      // Each story under one tag: its most common in the review, the selection's own tag aside unless it is the only one.
      const chosen = settings.selection.tag ? tagKey(settings.selection.tag) : null;
      const counts = new Map(
        countBy(stories, (s) => s.main.record.tags).map((c) => [c.name, c.count]),
      );
      const headingOf = (s: ReviewStory) => {
        const tags = s.main.record.tags.filter((t) => tagKey(t) !== chosen);
        const best = [...tags].sort(
          (a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b),
        )[0];
        return best ?? s.main.record.tags[0] ?? 'No tag';
      };
      return sections(
        newestFirst,
        headingOf,
        (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
      );
    }
  }
}

function sections(
  stories: readonly ReviewStory[],
  headingOf: (story: ReviewStory) => string,
  compare: (a: string, b: string) => number,
): ReviewSection[] {
  const groups = new Map<string, ReviewStory[]>();
  for (const story of stories) {
    const heading = headingOf(story);
    groups.set(heading, [...(groups.get(heading) ?? []), story]);
  }
  return [...groups.keys()]
    .sort(compare)
    .map((heading) => ({ heading, stories: groups.get(heading)! }));
}

/** Makes a review from its settings over the library: the clips, their stories, sections, coverage and references. */
export async function buildReview(
  store: LibraryStore,
  settings: ReviewSettings,
  { find, now }: { find: FindClips; now: Date },
): Promise<Review> {
  const clips = await selectReviewClips(store, settings.selection, find, now);
  const stories: ReviewStory[] = groupPickups(clips).map(([main, ...rest]) => ({
    key: main.record.id,
    main,
    clips: [main, ...rest],
    comment: settings.comments[main.record.id]?.trim() ?? '',
    body: settings.bodies[main.record.id] ?? settings.body,
  }));
  const coverage = coverageOf(stories);
  return {
    settings,
    title: settings.title || 'Press review',
    organisation: settings.organisation,
    period: settings.period || periodOf(coverage),
    introduction: settings.introduction.trim(),
    madeAt: now.toISOString(),
    sections: arrange(stories, settings),
    coverage,
    references: settings.references
      ? {
          style: settings.references,
          entries: referenceList(
            stories.map((s) => s.main.record),
            settings.references,
          ),
        }
      : null,
  };
}
