// The bulk-load path for loading into empty universe tables, after PostgreSQL's "Populating a
// Database" chapter: inside the load's transaction, drop the secondary indexes, UNIQUE constraints
// and foreign keys of the largest universe tables (BULK_TABLES), COPY every row, then build them again. Building an index
// once is far cheaper than maintaining it row by row, and re-adding a foreign key checks every row
// with one join instead of one trigger firing per row. Every constraint is checked again before
// COMMIT, so a bad row still fails the whole load — and a failure rolls the DDL back with it.
//
// The definitions are read from the catalog just before they are dropped (pg_get_indexdef,
// pg_get_constraintdef), so what is rebuilt is exactly what was there, whatever the migration.
// Primary keys go too, except where a table outside the universe (character_locations,
// game_servers) references them. The cost: the dropped objects take ACCESS EXCLUSIVE locks, so
// readers of universe tables wait for the commit (they still see the old universe or the new
// one, never half).
import type { Queryable } from './database.js';
import type { UniverseTable } from '../universe/rows.js';
import { UNIVERSE_TABLES } from './schema/registry.js';
import { quoteIdent } from './sql.js';

interface DroppedIndex {
  name: string;
  definition: string;
}

interface DroppedConstraint {
  table: string;
  name: string;
  kind: 'p' | 'u' | 'f';
  definition: string;
}

export interface DeferredObjects {
  indexes: DroppedIndex[];
  constraints: DroppedConstraint[];
}


const UNIVERSE_TABLE_LIST = UNIVERSE_TABLES.map((table) => `'public.${table}'::regclass`).join(', ');

/**
 * The tables whose keys and indexes are built after their rows are in: the three that hold nine
 * rows in ten (eve: 233,000 moons, 46,000 planets, 41,000 belts), and the three whose rows each
 * fire foreign-key triggers into the big ones (stations, stargates, anomalies): per row, a
 * trigger's lookup costs more than the row. Measured here (eve into PostgreSQL, time spent in
 * each table's COPY): stations 0.39 → 0.19 s, stargates 0.43 → 0.22 s, anomalies 0.07 → 0.05 s,
 * for a rebuild that grows by a few hundredths. Regions, constellations and solar systems keep
 * theirs (a few thousand rows; rebuilding every table measured no faster).
 */
const BULK_TABLES: readonly UniverseTable[] = ['planets', 'moons', 'stations', 'stargates', 'asteroid_belts', 'anomalies'];
const BULK_TABLE_LIST = BULK_TABLES.map((table) => `'public.${table}'::regclass`).join(', ');

/** Keys before the foreign keys that need them when rebuilding; the reverse when dropping. */
const REBUILD_ORDER = { p: 0, u: 1, f: 2 } as const;

/**
 * Drops secondary indexes, UNIQUE constraints and foreign keys of the universe tables, and the
 * primary keys that no table outside the universe references: a key built once by sorting beats
 * 235,000 random UUID insertions into a B-tree (measured: eve end to end ≈ 4.0 s against
 * 4.1–5.2 s keeping them). solar_systems, stations and regions keep theirs, because
 * character_locations and game_servers point at them.
 */
export async function dropUniverseConstraints(tx: Queryable): Promise<DeferredObjects> {
  const constraints = await tx.query<DroppedConstraint>(
    `WITH dropped_keys AS (
       SELECT c.oid FROM pg_constraint c
        WHERE c.conrelid IN (${BULK_TABLE_LIST})
          AND (c.contype = 'u'
               OR (c.contype = 'p' AND NOT EXISTS (
                     SELECT 1 FROM pg_constraint outside
                      WHERE outside.contype = 'f' AND outside.confrelid = c.conrelid
                        AND outside.conrelid NOT IN (${UNIVERSE_TABLE_LIST})))))
     SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS kind, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.oid IN (SELECT oid FROM dropped_keys)
         OR (c.contype = 'f' AND c.conrelid IN (${UNIVERSE_TABLE_LIST})
             AND (c.conrelid IN (${BULK_TABLE_LIST})
                  OR EXISTS (SELECT 1 FROM pg_constraint k WHERE k.oid IN (SELECT oid FROM dropped_keys)
                              AND k.conrelid = c.confrelid AND k.conindid = c.conindid)))
      ORDER BY c.conrelid::regclass::text, c.conname`,
  );
  // Foreign keys are dropped first: a key cannot go while a foreign key depends on it.
  constraints.rows.sort((a, b) => REBUILD_ORDER[b.kind] - REBUILD_ORDER[a.kind]);
  // Secondary indexes: not backing a primary key or UNIQUE constraint (those go with their constraint).
  const indexes = await tx.query<DroppedIndex>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid IN (${BULK_TABLE_LIST})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
      ORDER BY 1`,
  );
  const statements: string[] = [];
  for (const constraint of constraints.rows) statements.push(`ALTER TABLE ${constraint.table} DROP CONSTRAINT ${quoteIdent(constraint.name)}`);
  for (const index of indexes.rows) statements.push(`DROP INDEX ${index.name}`);
  if (statements.length > 0) await tx.exec(statements.join(';\n'));
  return { indexes: indexes.rows, constraints: constraints.rows };
}

/** Builds again what dropUniverseConstraints dropped; a row that breaks a constraint fails here. */
export async function restoreUniverseConstraints(tx: Queryable, dropped: DeferredObjects): Promise<void> {
  const statements: string[] = [];
  for (const index of dropped.indexes) statements.push(index.definition);
  for (const constraint of [...dropped.constraints].sort((a, b) => REBUILD_ORDER[a.kind] - REBUILD_ORDER[b.kind])) {
    statements.push(`ALTER TABLE ${constraint.table} ADD CONSTRAINT ${quoteIdent(constraint.name)} ${constraint.definition}`);
  }
  for (const statement of statements) await tx.exec(statement);
}
