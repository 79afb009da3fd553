// The one table registry: everything the rest of the tool needs to know about the universe tables,
// read from the Drizzle declarations in universe.ts (getTableConfig) rather than listed by hand.
// A table declared there is a universe table; from its declaration come
//   - the order (parents before children; echoes-schema.md's order, UNIVERSE_DOCUMENT_ORDER in
//     universe.ts, among tables that are free to go),
//     which is the order of the dry-run JSON, the fingerprint, COPY and ANALYZE;
//   - its columns (name, SQL type, VARCHAR length, NOT NULL), which drive the COPY column lists,
//     the dry-run reader's type checks, verify's column rule and the JSON Schema;
//   - its UNIQUE constraints and foreign keys, which verify restates on rows.
// Adding a universe table means declaring it in universe.ts, giving it a row type in
// src/universe/rows.ts and a generation step; test/unit/table-registry.test.ts fails, naming the
// table, until each of those exists.
//
// This module sits at the bottom of the layering with the declarations themselves: it imports
// nothing of ours but them (and the row types, as types only).
import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import type { UniverseTable, UniverseTables } from '../../universe/rows.js';
import * as universeSchema from './universe.js';

export type ColumnKind = 'uuid' | 'varchar' | 'text' | 'double' | 'integer' | 'boolean' | 'timestamp';

/** What a row's value in one column must be (the column's SQL type and NOT NULL). */
export interface ColumnSpec {
  kind: ColumnKind;
  nullable: boolean;
  /** VARCHAR(n) length in characters. */
  maxLength?: number;
}

export interface UniqueSpec {
  columns: readonly string[];
  /** The constraint's name in the database (quoted in verify's messages). */
  constraint: string;
}

export interface ReferenceSpec {
  column: string;
  parent: UniverseTable;
  nullable: boolean;
}

export interface TableEntry {
  name: UniverseTable;
  /** The Drizzle table (for query builders and getTableConfig). */
  table: PgTable;
  /** The columns the generator writes, in schema order: all but DATABASE_FILLED_COLUMNS. */
  columns: readonly string[];
  columnSpecs: Readonly<Record<string, ColumnSpec>>;
  /** Columns holding timestamps (read back as ISO strings). */
  timestampColumns: ReadonlySet<string>;
  uniques: readonly UniqueSpec[];
  /** Foreign keys to other universe tables, in column order. */
  references: readonly ReferenceSpec[];
}

/** Columns the database fills by default and the generator leaves out (PRODUCT.md R2). */
export const DATABASE_FILLED_COLUMNS: ReadonlySet<string> = new Set(['created_at']);

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
    table,
    columns,
    columnSpecs: Object.fromEntries(written.map((column) => [column.name, columnSpec(name, column)])),
    timestampColumns: new Set(written.filter((column) => columnKind(name, column) === 'timestamp').map((column) => column.name)),
    uniques,
    references,
  };
}

/**
 * Entries in parent-first order: repeatedly the first table, in declaration order, whose parents
 * are all placed. A reference cycle among universe tables cannot be ordered and fails here.
 */
export function parentFirst(entries: readonly TableEntry[]): TableEntry[] {
  const placed = new Set<string>();
  const ordered: TableEntry[] = [];
  const waiting = [...entries];
  while (waiting.length > 0) {
    const next = waiting.findIndex((entry) => entry.references.every((ref) => ref.parent === entry.name || placed.has(ref.parent)));
    if (next < 0) throw new Error(`universe tables ${waiting.map((entry) => entry.name).join(', ')} reference each other in a cycle; no load order exists`);
    const [entry] = waiting.splice(next, 1);
    placed.add(entry.name);
    ordered.push(entry);
  }
  return ordered;
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

/** Every universe table, parents first. */
export const UNIVERSE_REGISTRY: readonly TableEntry[] = parentFirst(declaredTables().map(describe));

/** Universe table names, parents first (the order of the dry-run JSON, the fingerprint and COPY). */
export const UNIVERSE_TABLES: readonly UniverseTable[] = UNIVERSE_REGISTRY.map((entry) => entry.name);

const BY_NAME = new Map<string, TableEntry>(UNIVERSE_REGISTRY.map((entry) => [entry.name, entry]));

/** The registry entry of a universe table (throws, naming it, for a name that is not one). */
export function tableEntry(name: UniverseTable): TableEntry {
  const entry = BY_NAME.get(name);
  if (!entry) throw new Error(`${name} is not a universe table of the schema (src/db/schema/universe.ts)`);
  return entry;
}

/** Column names (without created_at) of each universe table, in schema order. */
export const UNIVERSE_COLUMNS: Readonly<Record<UniverseTable, readonly string[]>> = Object.fromEntries(
  UNIVERSE_REGISTRY.map((entry) => [entry.name, entry.columns]),
) as Record<UniverseTable, readonly string[]>;

/** An empty universe: one empty row list per table, in registry order. */
export function emptyUniverseTables(): UniverseTables {
  return Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, []])) as unknown as UniverseTables;
}

/**
 * Throws, naming the first universe table `covered` lacks (or the first it names that is not a
 * universe table). Used for the generator's steps: a table declared and never generated would
 * otherwise load empty while everything still looked fine.
 */
export function assertCoversUniverse(what: string, covered: Iterable<string>): void {
  const names = new Set(covered);
  for (const table of UNIVERSE_TABLES) {
    if (!names.has(table)) throw new Error(`${what} has nothing for the universe table ${table}`);
  }
  for (const name of names) {
    if (!BY_NAME.has(name)) throw new Error(`${what} names ${name}, which is not a universe table of the schema`);
  }
}
