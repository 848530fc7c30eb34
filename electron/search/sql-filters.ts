import type { SQLInputValue } from 'node:sqlite';
import { tagKey } from '../../common/tag-names.ts';
import type { QueryFilter, ReadingStateName } from './query.ts';
import { phraseText } from './terms.ts';

/** A query of clips' rowids, each once, with its parameters. */
export interface ClipSet {
  sql: string;
  params: SQLInputValue[];
}

/** A condition on the `clips` table (aliased `c`), with its parameters. */
export interface SqlCondition {
  sql: string;
  params: SQLInputValue[];
  /**
   * The clips it holds for, when an index gives them without reading the
   * clips table (a tag's): several such sets are intersected, and counted,
   * without reading a clip.
   */
  clips?: ClipSet;
}

/** The condition that a clip is in a set. */
function inSet(clips: ClipSet): SqlCondition {
  return { sql: `c.rowid IN (${clips.sql})`, params: clips.params, clips };
}

/** A condition turned round: it no longer holds for its set of clips. */
export function negated({ sql, params }: SqlCondition): SqlCondition {
  return { sql: `NOT (${sql})`, params };
}

/** Which part of the library a list shows, as the window's shelves name them. */
export type ShelfName = 'clips' | 'unread' | 'favorites' | 'archive';

export const SHELF_CONDITIONS: Readonly<Record<ShelfName, string>> = {
  clips: 'c.archived = 0',
  unread: 'c.read = 0 AND c.archived = 0',
  favorites: 'c.favorite = 1',
  archive: 'c.archived = 1',
};

const STATE_CONDITIONS: Readonly<Record<ReadingStateName, string>> = {
  read: 'c.read = 1',
  unread: 'c.read = 0',
  archived: 'c.archived = 1',
  favorite: 'c.favorite = 1',
};

/**
 * The day a clip is dated by for `before:` and `after:`: the day its outlet
 * printed, else the day it was clipped on this computer's calendar. The
 * index keeps the printed day and the clipping time; the local day's start
 * is worked out when the query runs, so a change of time zone is followed.
 */
function dayCondition(operator: '<' | '>=', day: string): SqlCondition {
  const [y, m, d] = day.split('-').map(Number);
  const localStart = new Date(y, m - 1, d).getTime();
  return {
    sql: `(CASE WHEN c.published_day IS NOT NULL THEN c.published_day ${operator} ? ELSE c.created ${operator} ? END)`,
    params: [day, localStart],
  };
}

/** Every outlet in the library, as words (`phraseText`): what `source:` looks through. */
export type SourceWords = readonly string[];

/** As many `?` as there are values, for `IN (…)`. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

function filterCondition(filter: QueryFilter, sources: SourceWords): SqlCondition {
  switch (filter.kind) {
    case 'tag':
      // A set of the tag's clips, read from its index: counting them then reads no other clip.
      return inSet({
        sql: 'SELECT DISTINCT clip FROM clip_tags WHERE key = ?',
        params: [tagKey(filter.value)],
      });
    case 'source': {
      // Whole words of the outlet's name: "times" finds "The Straits Times", "time" does not.
      // Looked for among the library's outlets, a few hundred, not its clips: then read from an index.
      const words = phraseText(filter.value);
      const outlets = sources.filter((source) => source.includes(words));
      return {
        sql: `(c.source_words IS NOT NULL AND c.source_words IN (${placeholders(outlets)}))`,
        params: outlets,
      };
    }
    case 'is':
      return { sql: STATE_CONDITIONS[filter.value], params: [] };
    case 'has':
      return { sql: filter.value === 'annotation' ? 'c.annotated = 1' : 'c.noted = 1', params: [] };
    case 'before':
      return dayCondition('<', filter.date);
    case 'after':
      return dayCondition('>=', filter.date);
  }
}

/**
 * Every filter must hold, with one exception: a clip has one outlet, so
 * several `source:` filters let through a clip from any of them.
 */
export function filterConditions(
  filters: readonly QueryFilter[],
  outlets: SourceWords,
): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  const sources: SqlCondition[] = [];
  for (const filter of filters) {
    const condition = filterCondition(filter, outlets);
    const turned = 'negated' in filter && filter.negated;
    if (filter.kind === 'source' && !turned) sources.push(condition);
    else conditions.push(turned ? negated(condition) : condition);
  }
  if (sources.length > 0)
    conditions.push({
      sql: `(${sources.map((s) => s.sql).join(' OR ')})`,
      params: sources.flatMap((s) => s.params),
    });
  return conditions;
}

/** Clips carrying every one of the tags, by their exact names (the list's tag filter). */
export function tagsCondition(tags: readonly string[]): SqlCondition[] {
  return tags.map((tag) =>
    inSet({ sql: 'SELECT clip FROM clip_tags WHERE tag = ?', params: [tag] }),
  );
}

/**
 * Every condition must hold. Those with a set of clips are one condition,
 * their sets intersected (SQLite then reads no clip to test them); the
 * result has a set when they all have.
 */
export function joinConditions(conditions: readonly SqlCondition[]): SqlCondition {
  if (conditions.length === 0) return { sql: '1', params: [] };
  const sets = conditions.flatMap((c) => (c.clips ? [c.clips] : []));
  const rest = conditions.filter((c) => !c.clips);
  const joined = [
    ...(sets.length > 0
      ? [
          inSet({
            sql: sets.map((set) => set.sql).join(' INTERSECT '),
            params: sets.flatMap((set) => set.params),
          }),
        ]
      : []),
    ...rest,
  ];
  return {
    sql: joined.map((c) => c.sql).join(' AND '),
    params: joined.flatMap((c) => c.params),
    ...(rest.length === 0 ? { clips: joined[0].clips } : {}),
  };
}
