// Test databases: an in-memory PGlite always, and a scratch database on the real PostgreSQL
// server when TEST_DATABASE_URL (or DATABASE_URL) is set. Every test file gets its own scratch
// database, so files can run in parallel and nothing leaks between them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';

/** The PostgreSQL server URL tests may use, or undefined when only PGlite is available. */
export function postgresServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export interface ScratchDatabase {
  /** URL of the scratch database (same server and credentials, another database name). */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the test server; drop() removes it (forcing out connections). */
export async function createScratchPostgres(prefix = 'eu_test'): Promise<ScratchDatabase> {
  const serverUrl = postgresServerUrl();
  if (!serverUrl) throw new Error('no TEST_DATABASE_URL/DATABASE_URL: PostgreSQL tests must be skipped');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** For PostgreSQL: the URL of the scratch database (to hand to the CLI). */
  url?: string;
  dispose(): Promise<void>;
}

export async function openTestPglite(): Promise<TestDatabase> {
  const db = await connect({ dataDir: 'memory://' });
  return { kind: 'pglite', db, dispose: () => db.close() };
}

export async function openTestPostgres(prefix?: string): Promise<TestDatabase> {
  const scratch = await createScratchPostgres(prefix);
  const db = await connect({ databaseUrl: scratch.url });
  return {
    kind: 'postgres',
    db,
    url: scratch.url,
    async dispose() {
      await db.close();
      await scratch.drop();
    },
  };
}

/** The database kinds to run a suite against: PGlite always, PostgreSQL when configured. */
export const DATABASE_KINDS: ReadonlyArray<'pglite' | 'postgres'> = postgresServerUrl() ? ['pglite', 'postgres'] : ['pglite'];

export function openTestDatabase(kind: 'pglite' | 'postgres', prefix?: string): Promise<TestDatabase> {
  return kind === 'pglite' ? openTestPglite() : openTestPostgres(prefix);
}
