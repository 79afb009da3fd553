// The universe tables' registry entries, read from the Drizzle declarations in universe.ts
// (getTableConfig) rather than listed by hand: columns, SQL types, NOT NULL, UNIQUEs and foreign
// keys. registry.ts serves them; this module is what it falls back on when the build's snapshot
// (build-registry-snapshot.ts) is missing or stale, and what the snapshot is made from. Loading
// Drizzle's schema builders costs ≈ 50 ms of start-up, which the snapshot spares the CLI.
import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import type { UniverseTable } from '../../universe/rows.js';
import { DATABASE_FILLED_COLUMNS, parentFirst, type ColumnKind, type ColumnSpec, type ReferenceSpec, type TableEntry, type UniqueSpec } from './registry-core.js';
import * as universeSchema from './universe.js';

function columnKind(table: string, column: PgColumn): ColumnKind {
  switch (column.columnType) {
    case 'PgUUID':
      return 'uuid';
    case 'PgVarchar':
      return 'varchar';
    case 'PgText':
      return 'text';
    case 'PgDoublePrecision':
      return 'double';
    case 'PgInteger':
      return 'integer';
    case 'PgBoolean':
      return 'boolean';
    case 'PgTimestamp':
    case 'PgTimestampString':
      return 'timestamp';
    default:
      throw new Error(`universe table ${table}: column ${column.name} has a column type (${column.columnType}) the registry does not know`);
  }
}

function columnSpec(table: string, column: PgColumn): ColumnSpec {
  const kind = columnKind(table, column);
  const spec: ColumnSpec = { kind, nullable: !column.notNull };
  if (kind === 'varchar') {
    const length = (column as PgColumn & { length?: number }).length;
    if (length !== undefined) spec.maxLength = length;
  }
  return spec;
}

function describe(table: PgTable): TableEntry {
  const config = getTableConfig(table);
  const name = config.name as UniverseTable;
  const written = config.columns.filter((column) => !DATABASE_FILLED_COLUMNS.has(column.name));
  const columns = written.map((column) => column.name);
  const position = (column: string): number => columns.indexOf(column);
  const uniques: UniqueSpec[] = [
    ...written.filter((column) => column.isUnique).map((column) => ({ columns: [column.name], constraint: column.uniqueName ?? `${name}_${column.name}_key` })),
    ...config.uniqueConstraints.map((unique) => ({ columns: unique.columns.map((column) => column.name), constraint: unique.getName() ?? `${name} unique` })),
  ];
  const references: ReferenceSpec[] = config.foreignKeys
    .map((foreignKey) => {
      const reference = foreignKey.reference();
      if (reference.columns.length !== 1) throw new Error(`universe table ${name}: foreign key ${foreignKey.getName()} has more than one column`);
      const column = reference.columns[0];
      return { column: column.name, parent: getTableName(reference.foreignTable) as UniverseTable, nullable: !column.notNull };
    })
    .sort((a, b) => position(a.column) - position(b.column));
  return {
    name,
    columns,
    columnSpecs: Object.fromEntries(written.map((column) => [column.name, columnSpec(name, column)])),
    timestampColumns: new Set(written.filter((column) => columnKind(name, column) === 'timestamp').map((column) => column.name)),
    uniques,
    references,
  };
}

/** The tables of universe.ts in document order, after checking that every declared table is listed. */
function declaredTables(): PgTable[] {
  const listed = new Set<unknown>(universeSchema.UNIVERSE_DOCUMENT_ORDER);
  for (const value of Object.values(universeSchema) as unknown[]) {
    if (is(value, PgTable) && !listed.has(value)) {
      throw new Error(`universe table ${getTableName(value)} is declared in src/db/schema/universe.ts but missing from UNIVERSE_DOCUMENT_ORDER`);
    }
  }
  return [...universeSchema.UNIVERSE_DOCUMENT_ORDER];
}

/** Every universe table's entry, parents first, as the Drizzle declarations give them. */
export function deriveRegistry(): TableEntry[] {
  return parentFirst(declaredTables().map(describe));
}

/** The Drizzle table of each universe table (for query builders and getTableConfig). */
export const DRIZZLE_TABLES: Readonly<Record<UniverseTable, PgTable>> = Object.fromEntries(
  declaredTables().map((table) => [getTableName(table), table]),
) as Record<UniverseTable, PgTable>;
