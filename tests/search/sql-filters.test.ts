import fc from 'fast-check';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ClipFacts, FILTER_COLUMNS, type FilterColumn } from '../../electron/search/clip-facts.ts';
import { parseQuery } from '../../electron/search/query.ts';
import {
  clipColumn,
  filterConditions,
  joinConditions,
  SHELF_NAMES,
  shelfCondition,
  type SqlCondition,
} from '../../electron/search/sql-filters.ts';
import { propertyRun } from '../helpers/test-seed.ts';

const OUTLETS = [' reuters ', ' the straits times ', ' straits times asia '];
/** Around local midnights, where `before:` and `after:` turn. */
const TIMES = [new Date(2025, 6, 1), new Date(2025, 6, 2), new Date(2025, 7, 1)].flatMap((d) => [
  d.getTime() - 1,
  d.getTime(),
]);
const flag = fc.integer({ min: 0, max: 1 });
const clip = fc.record({
  read: flag,
  archived: flag,
  favorite: flag,
  annotated: flag,
  noted: flag,
  published_day: fc.option(
    fc.constantFrom('2025-06-30', '2025-07-01', '2025-07-02', '2025-08-01'),
    {
      nil: null,
    },
  ),
  created: fc.constantFrom(...TIMES),
  source_words: fc.option(fc.constantFrom(...OUTLETS), { nil: null }),
});
const FILTERS = [
  'is:read',
  '-is:read',
  'is:unread',
  'is:archived',
  '-is:archived',
  'is:favorite',
  'has:annotation',
  'has:note',
  '-has:note',
  'after:2025-07-01',
  'after:2025-07-02',
  'before:2025-07-02',
  'before:2025-08',
  'source:reuters',
  'source:"straits times"',
  '-source:asia',
];

/** The rowids a condition lets through, each of its three ways: on the clips table, on rowids through the column functions, and in JavaScript. */
function passing(
  db: DatabaseSync,
  rows: Array<Record<FilterColumn, SQLInputValue>>,
  condition: SqlCondition,
) {
  const ids = (sql: string, params: SQLInputValue[]) =>
    db
      .prepare(`SELECT rowid FROM clips c WHERE ${sql} ORDER BY rowid`)
      .all(...params)
      .map((r) => r.rowid as number);
  const facts = new ClipFacts();
  facts.read(
    rows.map((row, i) => ({ ...row, rowid: i + 1 })),
    true,
  );
  return {
    table: ids(condition.sql, condition.params),
    byRowid: ids(condition.byRowid!.sql, condition.byRowid!.params),
    test: condition.test && rows.flatMap((_, i) => (condition.test!(facts, i + 1) ? [i + 1] : [])),
  };
}

describe('filters as SQL and as tests', () => {
  it('let the same clips through on the clips table, on rowids and in memory', () => {
    fc.assert(
      fc.property(
        fc.array(clip, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(...FILTERS), { minLength: 1, maxLength: 4 }),
        (rows, filters) => {
          const db = new DatabaseSync(':memory:');
          db.exec(`CREATE TABLE clips (rowid INTEGER PRIMARY KEY, ${FILTER_COLUMNS.join(', ')})`);
          const insert = db.prepare(
            `INSERT INTO clips (${FILTER_COLUMNS.join(', ')}) VALUES (${FILTER_COLUMNS.map(() => '?').join(', ')})`,
          );
          for (const row of rows) insert.run(...FILTER_COLUMNS.map((c) => row[c]));
          const facts = new ClipFacts();
          facts.read(
            rows.map((row, i) => ({ ...row, rowid: i + 1 })),
            true,
          );
          // As the search database reads them: from memory.
          for (const column of FILTER_COLUMNS)
            db.function(clipColumn(column), (rowid) => facts.get(column, Number(rowid)));
          const conditions = [
            joinConditions(filterConditions(parseQuery(filters.join(' ')).filters, OUTLETS)),
            ...SHELF_NAMES.map(shelfCondition),
          ];
          for (const [i, condition] of conditions.entries()) {
            const { table, byRowid, test } = passing(db, rows, condition);
            expect(byRowid).toEqual(table);
            // A source: filter has no test (a list counts by the outlets' index); every other has.
            const untested = i === 0 && filters.some((f) => f.includes('source:'));
            expect(test).toEqual(untested ? undefined : table);
          }
          db.close();
        },
      ),
      propertyRun('filters as SQL and as tests', 200),
    );
  });
});
