// The column lists of the universe tables, read from the Drizzle schema (the single source of
// truth for table and column names), in declaration order. `created_at` is left to its database
// default; every other column is written by the generator (ids included, so COPY never
// evaluates gen_random_uuid()).
import { is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { UNIVERSE_TABLES, type UniverseTable } from '../universe/rows.js';
import { copyText } from './copy-text.js';

const DATABASE_FILLED_COLUMNS = new Set(['created_at']);

function buildColumnLists(): Record<UniverseTable, readonly string[]> {
  const byName = new Map<string, readonly string[]>();
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    byName.set(
      config.name,
      config.columns.map((column) => column.name).filter((name) => !DATABASE_FILLED_COLUMNS.has(name)),
    );
  }
  const lists = {} as Record<UniverseTable, readonly string[]>;
  for (const table of UNIVERSE_TABLES) {
    const columns = byName.get(table);
    if (!columns) throw new Error(`the Drizzle schema has no table "${table}"`);
    lists[table] = columns;
  }
  return lists;
}

/** Column names (without created_at) of each universe table, in schema order. */
export const UNIVERSE_COLUMNS: Readonly<Record<UniverseTable, readonly string[]>> = buildColumnLists();

/** The COPY text of a batch of rows (one line per row, in the schema's column order). */
export function copyTextOf(table: UniverseTable, rows: readonly object[]): string {
  return copyText(rows, UNIVERSE_COLUMNS[table]);
}
