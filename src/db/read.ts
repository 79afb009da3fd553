// Reads the universe back out of a database as the same row objects the generator makes (the
// dry-run JSON shape), for stats, verify, map, route and the tests that compare a load with its
// dry run. Timestamps come back as ISO 8601 UTC strings, rows ordered by id.
import type { UniverseTable, UniverseTables } from '../universe/rows.js';
import type { Queryable } from './database.js';
import { assertUniverseSchema } from './migrate.js';
import { emptyUniverseTables, tableEntry, UNIVERSE_TABLES } from './schema/registry.js';
import { quoteIdent } from './sql.js';

export function selectUniverseTableSql(table: UniverseTable): string {
  // Timestamp columns are read as ISO strings, not driver Dates.
  const { columns, timestampColumns } = tableEntry(table);
  const list = columns.map((column) =>
    timestampColumns.has(column)
      ? `to_char(${quoteIdent(column)}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${quoteIdent(column)}`
      : quoteIdent(column),
  );
  return `SELECT ${list.join(', ')} FROM ${quoteIdent(table)} ORDER BY id`;
}

export async function readUniverseFromDb(db: Queryable): Promise<UniverseTables> {
  await assertUniverseSchema(db);
  const tables = emptyUniverseTables();
  for (const table of UNIVERSE_TABLES) {
    const result = await db.query<Record<string, unknown>>(selectUniverseTableSql(table));
    (tables[table] as unknown[]) = result.rows;
  }
  return tables;
}
