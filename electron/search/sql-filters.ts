import type { SQLInputValue } from 'node:sqlite';
import { FLAG_BITS, type ClipFacts, type FilterColumn, type FlagColumn } from './clip-facts.ts';
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
  /**
   * The same condition on a bare `rowid` (the full-text table's), testing
   * the clip's columns through the functions `clipColumn` names, which
   * answer from memory: a search's filter then reads no clip from the clips
   * table, where each clip the words find costs a read (from disk, when
   * the database has just opened).
   */
  byRowid?: { sql: string; params: SQLInputValue[] };
  /** The same condition in JavaScript, over the clip's columns as memory holds them: to count a list's clips without reading the table. */
  test?: ClipTest;
}

/** Whether a clip, given by its rowid, passes a condition, by what memory holds of it. */
export type ClipTest = (facts: ClipFacts, rowid: number) => boolean;

/** The SQL function that gives a clip's column by its rowid, from memory. */
export function clipColumn(column: FilterColumn): string {
  return `clip_${column}`;
}

/** A condition written once over the clip's columns, in its SQL forms (on the clips table, and on a rowid), with its test if it has one. */
function onColumns(
  write: (column: (name: FilterColumn) => string) => string,
  params: SQLInputValue[],
  test?: ClipTest,
): SqlCondition {
  return {
    sql: write((name) => `c.${name}`),
    params,
    byRowid: { sql: write((name) => `${clipColumn(name)}(rowid)`), params },
    ...(test ? { test } : {}),
  };
}

/** Reading states that hold a value each (0 or 1). */
type Equalities = ReadonlyArray<readonly [FlagColumn, 0 | 1]>;

function equal(pairs: Equalities): SqlCondition {
  let mask = 0;
  let bits = 0;
  for (const [column, value] of pairs) {
    mask |= FLAG_BITS[column];
    if (value) bits |= FLAG_BITS[column];
  }
  return onColumns(
    (c) => pairs.map(([column, value]) => `${c(column)} = ${value}`).join(' AND '),
    [],
    (facts, rowid) => (facts.flags[rowid] & mask) === bits,
  );
}

/** The condition that a clip is among those a query of rowids gives. */
export function rowidIn(query: string, params: SQLInputValue[]): SqlCondition {
  return {
    sql: `c.rowid IN (${query})`,
    params,
    // `+rowid`: the full-text table is read by its words, each rowid then looked up in the set, not the other way round.
    byRowid: { sql: `+rowid IN (${query})`, params },
  };
}

/** The condition that a clip is in a set. */
function inSet(clips: ClipSet): SqlCondition {
  return { ...rowidIn(clips.sql, clips.params), clips };
}

/** A condition turned round: it no longer holds for its set of clips. */
export function negated({ sql, params, byRowid, test }: SqlCondition): SqlCondition {
  return {
    sql: `NOT (${sql})`,
    params,
    ...(byRowid ? { byRowid: { sql: `NOT (${byRowid.sql})`, params: byRowid.params } } : {}),
    ...(test ? { test: (facts: ClipFacts, rowid: number) => !test(facts, rowid) } : {}),
  };
}

/** Which part of the library a list shows, as the window's shelves name them. */
export type ShelfName = 'clips' | 'unread' | 'favorites' | 'archive';

const SHELF_TESTS: Readonly<Record<ShelfName, Equalities>> = {
  clips: [['archived', 0]],
  unread: [
    ['read', 0],
    ['archived', 0],
  ],
  favorites: [['favorite', 1]],
  archive: [['archived', 1]],
};

export const SHELF_NAMES = Object.keys(SHELF_TESTS) as ShelfName[];

/** What a clip of each shelf is, as a condition. */
export function shelfCondition(shelf: ShelfName): SqlCondition {
  return equal(SHELF_TESTS[shelf]);
}

const STATE_TESTS: Readonly<Record<ReadingStateName, Equalities>> = {
  read: [['read', 1]],
  unread: [['read', 0]],
  archived: [['archived', 1]],
  favorite: [['favorite', 1]],
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
  const before = operator === '<';
  return onColumns(
    (c) =>
      `(CASE WHEN ${c('published_day')} IS NOT NULL THEN ${c('published_day')} ${operator} ? ELSE ${c('created')} ${operator} ? END)`,
    [day, localStart],
    (facts, rowid) => {
      const printed = facts.day[rowid];
      if (printed !== null) return before ? printed < day : printed >= day;
      return before ? facts.created[rowid] < localStart : facts.created[rowid] >= localStart;
    },
  );
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
      const write = (c: (name: FilterColumn) => string) =>
        `(${c('source_words')} IS NOT NULL AND ${c('source_words')} IN (${placeholders(outlets)}))`;
      // No test: counting by the outlets' index (clips_source) is quicker than looking each clip's up.
      return onColumns(write, outlets);
    }
    case 'is':
      return equal(STATE_TESTS[filter.value]);
    case 'has':
      return equal([[filter.value === 'annotation' ? 'annotated' : 'noted', 1]]);
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
  if (sources.length > 0) conditions.push(anyOf(sources));
  return conditions;
}

/** Clips carrying every one of the tags, by their exact names (the list's tag filter). */
export function tagsCondition(tags: readonly string[]): SqlCondition[] {
  return tags.map((tag) =>
    inSet({ sql: 'SELECT clip FROM clip_tags WHERE tag = ?', params: [tag] }),
  );
}

/** Tests that must all pass, as one (a plain loop: a list's count runs it for every clip). */
function everyTest(tests: readonly ClipTest[]): ClipTest {
  if (tests.length === 1) return tests[0];
  return (facts, rowid) => {
    for (const test of tests) if (!test(facts, rowid)) return false;
    return true;
  };
}

/** Tests of which one must pass, as one. */
function eitherTest(tests: readonly ClipTest[]): ClipTest {
  if (tests.length === 1) return tests[0];
  return (facts, rowid) => {
    for (const test of tests) if (test(facts, rowid)) return true;
    return false;
  };
}

/** Conditions of which one must hold. */
function anyOf(conditions: readonly SqlCondition[]): SqlCondition {
  const join = (parts: ReadonlyArray<{ sql: string; params: SQLInputValue[] }>) => ({
    sql: `(${parts.map((p) => p.sql).join(' OR ')})`,
    params: parts.flatMap((p) => p.params),
  });
  const byRowid = conditions.map((c) => c.byRowid);
  const tests = conditions.map((c) => c.test);
  return {
    ...join(conditions),
    ...(byRowid.every((b) => b !== undefined) ? { byRowid: join(byRowid) } : {}),
    ...(tests.every((t) => t !== undefined) ? { test: eitherTest(tests) } : {}),
  };
}

/**
 * Every condition must hold. Those with a set of clips are one condition,
 * their sets intersected (SQLite then reads no clip to test them); the
 * result has a set when they all have, and a form on rowids when they all have.
 */
export function joinConditions(conditions: readonly SqlCondition[]): SqlCondition {
  if (conditions.length === 0)
    return { sql: '1', params: [], byRowid: { sql: '1', params: [] }, test: () => true };
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
  const join = (parts: ReadonlyArray<{ sql: string; params: SQLInputValue[] }>) => ({
    sql: parts.map((p) => p.sql).join(' AND '),
    params: parts.flatMap((p) => p.params),
  });
  const byRowid = joined.map((c) => c.byRowid);
  const tests = joined.map((c) => c.test);
  return {
    ...join(joined),
    ...(rest.length === 0 ? { clips: joined[0].clips } : {}),
    ...(byRowid.every((b) => b !== undefined) ? { byRowid: join(byRowid) } : {}),
    ...(tests.every((t) => t !== undefined) ? { test: everyTest(tests) } : {}),
  };
}
