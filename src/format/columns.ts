// The column constraints of the universe tables, as the Drizzle schema declares them (read by
// the table registry, src/db/schema/registry.ts): SQL type, VARCHAR length, NOT NULL. They drive
// three checks: the dry-run reader's type check (a corrupt file is refused), verify's per-row
// constraint check (not-nulls, VARCHAR lengths, integers, uuids) and the JSON Schema of the
// dry-run format. test/unit/table-registry.test.ts checks the row types of rows.ts name the same
// columns. `created_at` is absent on purpose: the database default fills it (PRODUCT.md R2).
import { DATABASE_FILLED_COLUMNS, UNIVERSE_REGISTRY, type ColumnKind, type ColumnSpec } from '../db/schema/registry.js';
import type { UniverseRowTypes, UniverseTable } from '../universe/rows.js';

export type { ColumnKind, ColumnSpec } from '../db/schema/registry.js';

export type TableColumns = { [T in UniverseTable]: { readonly [C in keyof UniverseRowTypes[T]]: ColumnSpec } };

/** The column specs of every universe table, keyed by table and column (from the registry). */
export const UNIVERSE_COLUMN_SPECS: TableColumns = Object.fromEntries(
  UNIVERSE_REGISTRY.map((entry) => [entry.name, entry.columnSpecs]),
) as unknown as TableColumns;

/** Columns the dry-run format may carry beyond the spec (filled by the database default). */
export const OPTIONAL_EXTRA_COLUMNS: ReadonlySet<string> = DATABASE_FILLED_COLUMNS;

/** The column names of a table, in schema order. */
export function columnNames(table: UniverseTable): string[] {
  return Object.keys(UNIVERSE_COLUMN_SPECS[table]);
}

/** The column specs of a table as [name, spec] pairs (the typed record, widened for iteration). */
export function columnEntries(table: UniverseTable): [string, ColumnSpec][] {
  return Object.entries(UNIVERSE_COLUMN_SPECS[table]);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UUID_PATTERN by hand: verify tests ~1 million ids at EVE scale, and this is 3× faster. */
export function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 45) return false; // '-'
    } else if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70))) {
      return false; // not 0-9, a-f, A-F
    }
  }
  return true;
}
/** ISO 8601 date-time, as the dry-run writer prints timestamps (UTC, `Z` or an offset). */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** PostgreSQL INTEGER range. */
export const INTEGER_MIN = -2147483648;
export const INTEGER_MAX = 2147483647;

/** The JavaScript type a column's non-null values have in rows and in the dry-run JSON. */
export function jsType(kind: ColumnKind): 'string' | 'number' | 'boolean' {
  switch (kind) {
    case 'uuid':
    case 'varchar':
    case 'text':
    case 'timestamp':
      return 'string';
    case 'double':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
  }
}

/**
 * What is wrong with one value of a column, or undefined when the value satisfies the column's
 * declared type and NOT NULL. `deep` adds the checks a loose reader can skip: VARCHAR length,
 * integer-ness and range, uuid and timestamp syntax, finite doubles.
 */
export function columnValueProblem(value: unknown, spec: ColumnSpec, deep: boolean): string | undefined {
  if (value === null || value === undefined) {
    return spec.nullable ? undefined : 'is null but the column is NOT NULL';
  }
  const expected = jsType(spec.kind);
  if (typeof value !== expected) return `must be a ${expected}, got ${JSON.stringify(value)}`;
  if (!deep) return undefined;
  switch (spec.kind) {
    case 'varchar': {
      // PostgreSQL counts characters (code points); UTF-16 length is an upper bound, so the
      // exact count is needed only for long strings.
      const text = value as string;
      const length = spec.maxLength === undefined || text.length <= spec.maxLength ? 0 : [...text].length;
      return spec.maxLength !== undefined && length > spec.maxLength
        ? `is ${length} characters long, more than VARCHAR(${spec.maxLength})`
        : undefined;
    }
    case 'uuid':
      return isUuid(value as string) ? undefined : `is not a UUID: ${JSON.stringify(value)}`;
    case 'timestamp':
      return TIMESTAMP_PATTERN.test(value as string) && !Number.isNaN(Date.parse(value as string))
        ? undefined
        : `is not an ISO 8601 timestamp: ${JSON.stringify(value)}`;
    case 'integer':
      if (!Number.isInteger(value)) return `must be an integer, got ${String(value)}`;
      return (value as number) < INTEGER_MIN || (value as number) > INTEGER_MAX ? `is outside the INTEGER range: ${String(value)}` : undefined;
    case 'double':
      return Number.isFinite(value) ? undefined : `must be a finite number, got ${String(value)}`;
    default:
      return undefined;
  }
}
