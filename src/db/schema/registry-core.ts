// The registry's shapes and the rules that need no Drizzle: the types of a universe table's entry,
// the columns the database fills, and the parent-first order. Shared by registry-derive.ts (which
// reads the Drizzle declarations) and registry.ts (which serves the entries, from a snapshot of
// them when the build left one). Imports nothing but types.
import type { UniverseTable } from '../../universe/rows.js';

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

