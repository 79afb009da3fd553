// Reads the universe back out of a database as the same row objects the generator makes (the
// dry-run JSON shape), for stats, verify, map, route and the tests that compare a load with its
// dry run. Timestamps come back as ISO 8601 UTC strings, rows ordered by id.
import { getTableConfig } from 'drizzle-orm/pg-core';
import { universeTables } from './schema/index.js';
import { UNIVERSE_TABLES, emptyUniverseTables, type UniverseTable, type UniverseTables } from '../universe/rows.js';
import type { Queryable } from './database.js';
import { assertUniverseSchema } from './migrate.js';
import { UNIVERSE_COLUMNS } from '../format/universe-columns.js';
import { quoteIdent } from './sql.js';

/** Names of a table's timestamp columns (read as ISO strings, not driver Dates). */
function timestampColumnsOf(table: UniverseTable): Set<string> {
  const columns = getTableConfig(universeTables[table]).columns;
  return new Set(columns.filter((column) => column.getSQLType().startsWith('timestamp')).map((column) => column.name));
}

export function selectUniverseTableSql(table: UniverseTable): string {
  const timestamps = timestampColumnsOf(table);
  const list = UNIVERSE_COLUMNS[table].map((column) =>
    timestamps.has(column)
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
