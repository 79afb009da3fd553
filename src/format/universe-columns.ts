// The column lists of the universe tables, read from the Drizzle schema (the single source of
// truth for table and column names), in declaration order. `created_at` is left to its database
// default; every other column is written by the generator (ids included, so COPY never
// evaluates gen_random_uuid()).
import { getTableConfig } from 'drizzle-orm/pg-core';
import { universeTables } from '../db/schema/index.js';
import { UNIVERSE_TABLES, type UniverseTable } from '../universe/rows.js';
import { copyText } from './copy-text.js';

const DATABASE_FILLED_COLUMNS = new Set(['created_at']);

function buildColumnLists(): Record<UniverseTable, readonly string[]> {
  const lists = {} as Record<UniverseTable, readonly string[]>;
  for (const table of UNIVERSE_TABLES) {
    lists[table] = getTableConfig(universeTables[table])
      .columns.map((column) => column.name)
      .filter((name) => !DATABASE_FILLED_COLUMNS.has(name));
  }
  return lists;
}

/** Column names (without created_at) of each universe table, in schema order. */
export const UNIVERSE_COLUMNS: Readonly<Record<UniverseTable, readonly string[]>> = buildColumnLists();

/** The COPY text of a batch of rows (one line per row, in the schema's column order). */
export function copyTextOf(table: UniverseTable, rows: readonly object[]): string {
  return copyText(rows, UNIVERSE_COLUMNS[table]);
}
