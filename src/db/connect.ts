// Opens the target database through its backend's adapter: a PostgreSQL server when a URL is
// given (db/postgres/), otherwise the embedded PGlite stored in a data directory (db/pglite/).
// What each backend can do is stated in its capabilities (database.ts); this file only chooses.
// The adapters import their drivers when first needed: a run against PostgreSQL never loads
// PGlite's WebAssembly build, and an embedded run never loads pg (start-up is most of a tiny
// seed's time).
import type pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { BackendCapabilities, Database } from './database.js';
import { connectPostgres, POSTGRES_CAPABILITIES, PostgresDatabase } from './postgres/connect.js';
import { connectPglite, DEFAULT_DATA_DIR, PGLITE_CAPABILITIES, PgliteDatabase } from './pglite/connect.js';

export { DEFAULT_DATA_DIR } from './pglite/connect.js';
export { redactUrl, APPLICATION_NAME } from './postgres/connect.js';

export interface ConnectTarget {
  /** PostgreSQL URL; when absent, the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** PGlite data directory (default ./.echoes/pgdata); 'memory://' keeps it in memory. */
  dataDir?: string;
}

export interface ConnectOptions {
  /** Refuse an embedded data directory that holds no database yet instead of creating one (readers). */
  mustExist?: boolean;
}

/** What the backend `target` chooses can do, before it is opened (decisions made ahead of opening). */
export function capabilitiesOf(target: ConnectTarget | PGlite | pg.Client): BackendCapabilities {
  if ('dumpDataDir' in target) return PGLITE_CAPABILITIES;
  if ('query' in target) return POSTGRES_CAPABILITIES;
  return target.databaseUrl ? POSTGRES_CAPABILITIES : PGLITE_CAPABILITIES;
}

export async function connect(target: ConnectTarget, options: ConnectOptions = {}): Promise<Database> {
  if (target.databaseUrl) return connectPostgres(target.databaseUrl);
  return connectPglite(target.dataDir ?? DEFAULT_DATA_DIR, options);
}

/**
 * Wraps a PGlite instance or a connected pg.Client that the caller owns (the programmatic API's
 * test-suite use): close() leaves the caller's connection open.
 */
export function wrapConnection(connection: PGlite | pg.Client): Database {
  // Told apart without loading either driver: only PGlite has a data-dir dump.
  if ('dumpDataDir' in connection) {
    const database = new PgliteDatabase(connection, 'embedded database (caller-owned)');
    return Object.assign(database, { close: async () => undefined });
  }
  const database = new PostgresDatabase(connection, 'PostgreSQL (caller-owned connection)');
  return Object.assign(database, { close: async () => undefined });
}
