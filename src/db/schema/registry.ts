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
// nothing of ours but them (and the row types, as types only). The entries are read by
// registry-derive.ts; `npm run build` keeps a snapshot of them (build-registry-snapshot.ts) that
// is served instead while the modules it was made from are unchanged, so the CLI starts without
// loading Drizzle's schema builders (≈ 50 ms).
import type { UniverseTable, UniverseTables } from '../../universe/rows.js';
import { readSnapshot, sourcesSha256 } from '../../snapshot.js';
import { distFile, RUNNING_FROM_SOURCES } from '../../package-root.js';
import type { TableEntry } from './registry-core.js';

export { DATABASE_FILLED_COLUMNS, parentFirst } from './registry-core.js';
export type { ColumnKind, ColumnSpec, ReferenceSpec, TableEntry, UniqueSpec } from './registry-core.js';

/**
 * The compiled modules the entries are derived from (in dist/, which the CLI's bundle is built
 * from): a snapshot made from other bytes than these is stale and is not used. (From src/ under
 * vitest there is no snapshot: the entries are derived.)
 */
const SNAPSHOT_SOURCES = ['registry-core.js', 'registry-derive.js', 'universe.js', 'common.js'].map((name) => distFile(`db/schema/${name}`));
export const REGISTRY_SNAPSHOT = distFile('db/schema/registry-snapshot.json');

/** A registry entry as JSON holds it (a Set becomes a list). */
export type SnapshotEntry = Omit<TableEntry, 'timestampColumns'> & { timestampColumns: string[] };

/** sha256 over the snapshot's source modules as they are now (null when one is missing). */
export function registrySourcesSha256(): string | null {
  return RUNNING_FROM_SOURCES ? null : sourcesSha256(SNAPSHOT_SOURCES);
}

/** The entries of the snapshot at `url` when it was made from `sha256`, else null (missing, stale, unreadable). */
export function readRegistrySnapshot(url: URL, sha256: string | null): TableEntry[] | null {
  const entries = readSnapshot<SnapshotEntry[]>(url, sha256);
  return entries && entries.map((entry) => ({ ...entry, timestampColumns: new Set(entry.timestampColumns) }));
}

/** Every universe table, parents first. */
export const UNIVERSE_REGISTRY: readonly TableEntry[] =
  readRegistrySnapshot(REGISTRY_SNAPSHOT, registrySourcesSha256()) ?? (await import('./registry-derive.js')).deriveRegistry();

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
