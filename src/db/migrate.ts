// Applies the drizzle-kit migrations in drizzle/ and loads the schema document's reference rows
// (seeds/reference/) — idempotently, in one transaction, under an advisory lock so two
// processes migrating at once do not collide. One code path for PostgreSQL and PGlite.
//
// Bookkeeping uses drizzle's own table (drizzle.__drizzle_migrations: hash = sha256 of the SQL
// file, created_at = the journal's `when`), so `drizzle-kit migrate` and this runner agree on
// what has been applied.
//
// A new embedded database starts from a template that this very function migrated at build time
// (pglite/template.ts): its connection hands over what it was created with, and the first migrate
// reports those migrations and reference rows as gained (the database did not exist before),
// marked `fromTemplate`; only migrations newer than the template run their SQL.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { RuntimeError } from '../errors.js';
import type { Database, Queryable } from './database.js';
import { MIGRATION_LOCK_KEY } from './locks.js';
import { quoteIdent } from './sql.js';
import { packageFile } from '../package-root.js';

const MIGRATIONS_DIR = packageFile('drizzle/');
const REFERENCE_DIR = packageFile('seeds/reference/');

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface Migration {
  tag: string;
  createdAtMs: number;
  hash: string;
  statements: string[];
}

export interface MigrateResult {
  /**
   * Tags of the migrations the database gained through this call, oldest first (empty when the
   * schema was up to date). A database its connection created from the pre-migrated template
   * did not exist before: the migrations it was created with count, followed by any applied now.
   */
  applied: string[];
  /** Reference rows the database gained through this call, counted as `applied` is (0 when they were all there). */
  referenceRowsInserted: number;
  /**
   * Only for a database its connection created from the pre-migrated template (a new embedded
   * data dir): the leading part of `applied` it was created with, whose SQL ran when the template
   * was built rather than now.
   */
  fromTemplate?: string[];
}

export interface MigrateOptions {
  /** The migrations to bring the database to, oldest first (default: those shipped in drizzle/). */
  migrations?: readonly Migration[];
}

/** The migrations shipped in drizzle/, oldest first. */
export function readMigrations(): Migration[] {
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', MIGRATIONS_DIR), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries
    .slice()
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const sql = readFileSync(new URL(`${entry.tag}.sql`, MIGRATIONS_DIR), 'utf8');
      return {
        tag: entry.tag,
        createdAtMs: entry.when,
        hash: createHash('sha256').update(sql).digest('hex'),
        statements: sql
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.length > 0),
      };
    });
}

export async function migrate(db: Database, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = options.migrations ?? readMigrations();
  const result = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    // Least privilege: an up-to-date database is recognised by reading alone, so the game's own
    // role (DML rights, no CREATE, no ownership) can run generate, which migrates first.
    const applied = (await isUpToDate(tx, migrations)) ? [] : await applyPendingMigrations(tx, migrations);
    const referenceRowsInserted = await loadReferenceRows(tx);
    return { applied, referenceRowsInserted };
  });
  // Taken after COMMIT: a failed migrate leaves the creation to be reported by the next one.
  const created = db.takeCreatedFromTemplate?.();
  if (!created) return result;
  return {
    applied: [...created.migrations, ...result.applied],
    referenceRowsInserted: created.referenceRows + result.referenceRowsInserted,
    fromTemplate: [...created.migrations],
  };
}

/** True when every given migration is recorded as applied (read-only: no CREATE SCHEMA on the way). */
async function isUpToDate(tx: Queryable, migrations: readonly Migration[]): Promise<boolean> {
  const present = await tx.query<{ present: boolean }>("SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present");
  if (present.rows[0]?.present !== true) return false;
  const last = await tx.query<{ created_at: string | number | null }>('SELECT max(created_at) AS created_at FROM drizzle.__drizzle_migrations');
  const lastAppliedMs = last.rows[0]?.created_at === null || last.rows[0]?.created_at === undefined ? -1 : Number(last.rows[0].created_at);
  return migrations.every((migration) => migration.createdAtMs <= lastAppliedMs);
}

async function applyPendingMigrations(tx: Queryable, migrations: readonly Migration[]): Promise<string[]> {
  await tx.exec(`CREATE SCHEMA IF NOT EXISTS drizzle;
    CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
  const last = await tx.query<{ created_at: string | number | null }>(
    'SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1',
  );
  const lastAppliedMs = last.rows.length > 0 ? Number(last.rows[0].created_at) : -1;
  const applied: string[] = [];
  for (const migration of migrations) {
    if (migration.createdAtMs <= lastAppliedMs) continue;
    for (const statement of migration.statements) await tx.exec(statement);
    await tx.query('INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)', [
      migration.hash,
      migration.createdAtMs,
    ]);
    applied.push(migration.tag);
  }
  return applied;
}

/** Reference tables in load order (a group names its category), with their JSON files. */
const REFERENCE_TABLES = [
  { table: 'item_categories', file: 'item-categories.json' },
  { table: 'item_groups', file: 'item-groups.json' },
] as const;

/** sha256 over the reference files in load order: what a database's reference rows were made from. */
export function referenceDataSha256(): string {
  const hash = createHash('sha256');
  for (const { table, file } of REFERENCE_TABLES) hash.update(`${table}\0`).update(readFileSync(new URL(file, REFERENCE_DIR))).update('\0');
  return hash.digest('hex');
}

async function loadReferenceRows(tx: Queryable): Promise<number> {
  let inserted = 0;
  for (const { table, file } of REFERENCE_TABLES) {
    const rows = JSON.parse(readFileSync(new URL(file, REFERENCE_DIR), 'utf8')) as Record<string, unknown>[];
    // Read first: when every row is there (the usual case) no INSERT right is needed.
    const present = await tx.query<{ id: number | string }>(`SELECT id FROM ${quoteIdent(table)} WHERE id = ANY($1)`, [rows.map((row) => row.id)]);
    const presentIds = new Set(present.rows.map((row) => String(row.id)));
    for (const row of rows) {
      if (presentIds.has(String(row.id))) continue;
      const columns = Object.keys(row);
      const placeholders = columns.map((_, index) => `$${index + 1}`).join(', ');
      const result = await tx.query(
        `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (${placeholders}) ON CONFLICT DO NOTHING`,
        columns.map((column) => row[column]),
      );
      inserted += result.rowCount;
    }
  }
  return inserted;
}

/** Throws a one-sentence RuntimeError when the database lacks the tables this tool fills. */
export async function assertUniverseSchema(db: Queryable): Promise<void> {
  const result = await db.query<{ present: boolean }>("SELECT to_regclass('public.regions') IS NOT NULL AS present");
  if (result.rows[0]?.present !== true) {
    throw new RuntimeError('the database has no Echoes schema; run `echoes-universe migrate` (or generate) first');
  }
}
