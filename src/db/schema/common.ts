// Column and constraint builders shared by the schema files.
// - Foreign keys and column-level UNIQUEs are unnamed in the document's CREATE TABLE statements,
//   so PostgreSQL names them `<table>_<column>_fkey` and `<table>_<column>_key`; naming them the
//   same way here makes a database built by our migrations catalog-identical to one built by
//   the document's own SQL.
// - Timestamps are TIMESTAMP WITHOUT TIME ZONE read as strings (no Date round trip).
import { getTableName } from 'drizzle-orm';
import { foreignKey, timestamp, uuid, type AnyPgColumn, type ForeignKeyBuilder } from 'drizzle-orm/pg-core';

/** ON DELETE rules used by the document (no rule = NO ACTION). */
export type DeleteRule = 'cascade' | 'set null' | 'no action';

/**
 * A single-column foreign key named as PostgreSQL names an inline REFERENCES clause. `target`
 * may be a thunk with an explicit `(): AnyPgColumn` type where two tables reference each other
 * (characters ↔ assets), which keeps TypeScript from inferring the tables in a circle.
 */
export function referencesWithPgName(
  column: AnyPgColumn,
  target: AnyPgColumn | (() => AnyPgColumn),
  onDelete: DeleteRule,
): ForeignKeyBuilder {
  const name = `${getTableName(column.table)}_${column.name}_fkey`;
  const foreignColumn = typeof target === 'function' ? target() : target;
  return foreignKey({ name, columns: [column], foreignColumns: [foreignColumn] }).onDelete(onDelete);
}

/** `id UUID PRIMARY KEY DEFAULT gen_random_uuid()` */
export function uuidPrimaryKey() {
  return uuid('id').primaryKey().defaultRandom();
}

/** `<name> TIMESTAMP` (without time zone), read and written as an ISO-like string. */
export function timestampColumn(name: string) {
  return timestamp(name, { mode: 'string' });
}

/** `<name> TIMESTAMP DEFAULT NOW()` (created_at, updated_at, last_heartbeat). */
export function timestampDefaultNow(name: string) {
  return timestampColumn(name).defaultNow();
}
