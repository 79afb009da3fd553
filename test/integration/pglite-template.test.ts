// R8: a new embedded database starts from the pre-migrated data-dir template (src/db/pglite/
// template.ts, made by `npm run build`) instead of running initdb and the migrations. It must hold
// exactly what a from-scratch migrate makes — every object of every non-system schema, drizzle's
// bookkeeping rows and the reference rows — on disk and in memory; migrate on it reports the
// migrations it was created with; and a template that lacks a migration added since gets that
// migration applied, through drizzle's bookkeeping, like any older database.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import type { Database, Queryable } from '../../src/db/database.js';
import { migrate, readMigrations, type Migration } from '../../src/db/migrate.js';
import { PgliteDatabase } from '../../src/db/pglite/connect.js';
import { usableTemplate } from '../../src/db/pglite/template.js';

const work = mkdtempSync(join(tmpdir(), 'eu-template-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'";

/** Everything the migrations and reference rows make, as text without oids (two databases compare equal when their schemas are the same). */
async function listing(db: Queryable): Promise<Record<string, unknown[]>> {
  const rows = async (sql: string): Promise<unknown[]> => (await db.query(sql)).rows;
  const out: Record<string, unknown[]> = {
    schemas: await rows(`SELECT n.nspname, pg_get_userbyid(n.nspowner) AS owner FROM pg_namespace n WHERE ${USER_SCHEMAS} ORDER BY 1`),
    relations: await rows(`
      SELECT n.nspname, c.relname, c.relkind::text, c.relpersistence::text, c.reloptions::text, c.relhasindex, c.relchecks, c.relhastriggers
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS} ORDER BY 1, 2`),
    columns: await rows(`
      SELECT n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
             a.attidentity::text, a.attgenerated::text, pg_get_expr(d.adbin, d.adrelid) AS default_expr, a.attcollation::regcollation::text
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${USER_SCHEMAS} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2, 3`),
    constraints: await rows(`
      SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid) AS definition, con.condeferrable, con.condeferred, con.convalidated
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMAS} ORDER BY 1, 2, 3`),
    indexes: await rows(`SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog') ORDER BY 1, 2, 3`),
    sequences: await rows(`SELECT schemaname, sequencename, data_type::text, start_value, increment_by, last_value FROM pg_sequences ORDER BY 1, 2`),
    types: await rows(`
      SELECT n.nspname, t.typname, t.typtype::text,
             (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${USER_SCHEMAS} ORDER BY 1, 2`),
    functions: await rows(`
      SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS args, md5(p.prosrc) AS body
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMAS} ORDER BY 1, 2, 3`),
    triggers: await rows(`
      SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) AS definition
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMAS} AND NOT t.tgisinternal ORDER BY 1, 2`),
    comments: await rows(`
      SELECT n.nspname, c.relname, d.objsubid, d.description
      FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS} ORDER BY 1, 2, 3`),
    extensions: await rows('SELECT extname, extversion FROM pg_extension ORDER BY 1'),
    bookkeeping: await rows('SELECT id, hash, created_at::text FROM drizzle.__drizzle_migrations ORDER BY id'),
  };
  // The rows of every user table (the reference rows; every other table is empty), as text.
  const tables = (await db.query<{ name: string }>(`
    SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p') ORDER BY 1`)).rows;
  for (const { name } of tables) out[`rows of ${name}`] = await rows(`SELECT t::text AS row FROM ${name} t ORDER BY 1`);
  return out;
}

/** A database migrated from scratch: PGlite's own initdb, no template, then migrate. */
async function fromScratch(): Promise<{ db: Database; migrated: Awaited<ReturnType<typeof migrate>> }> {
  const db = new PgliteDatabase(await PGlite.create(), 'from scratch');
  return { db, migrated: await migrate(db) };
}

describe('a new embedded database from the pre-migrated template', () => {
  it('the build made a template holding every shipped migration (run `npm run build`)', () => {
    const template = usableTemplate();
    expect(template?.fit).toBe('current');
    expect(template?.info.migrations.map((migration) => migration.tag)).toEqual(readMigrations().map((migration) => migration.tag));
  });

  it('holds exactly the schema, bookkeeping and reference rows of a from-scratch migrate, on disk and in memory', async () => {
    const scratch = await fromScratch();
    const expected = await listing(scratch.db);
    await scratch.db.close();
    expect(scratch.migrated.fromTemplate).toBeUndefined();
    expect(expected.bookkeeping).toHaveLength(readMigrations().length);
    expect(expected['rows of public.item_categories'].length).toBeGreaterThan(0);

    for (const dataDir of [join(work, 'pgdata'), 'memory://']) {
      const db = await connect({ dataDir });
      try {
        // Before migrate runs at all: the template alone holds everything.
        expect(await listing(db), dataDir).toEqual(expected);
        const migrated = await migrate(db);
        expect(migrated, dataDir).toEqual({
          applied: scratch.migrated.applied,
          referenceRowsInserted: scratch.migrated.referenceRowsInserted,
          fromTemplate: scratch.migrated.applied,
        });
        expect(await listing(db), dataDir).toEqual(expected);
        expect(await migrate(db), dataDir).toEqual({ applied: [], referenceRowsInserted: 0 });
      } finally {
        await db.close();
      }
    }
    // Reopened, the data dir is an existing database: nothing is reported as created.
    const reopened = await connect({ dataDir: join(work, 'pgdata') });
    try {
      expect(await migrate(reopened)).toEqual({ applied: [], referenceRowsInserted: 0 });
      expect(await listing(reopened)).toEqual(expected);
    } finally {
      await reopened.close();
    }
  }, 120_000);

  it('a template lacking a migration added since gets that migration applied, and only that one', async () => {
    const sql = 'CREATE TABLE template_probe (id integer PRIMARY KEY, note text NOT NULL);';
    const shipped = readMigrations();
    const added: Migration = {
      tag: '9999_added_after_the_template',
      createdAtMs: shipped[shipped.length - 1].createdAtMs + 1,
      hash: createHash('sha256').update(sql).digest('hex'),
      statements: [sql],
    };
    const db = await connect({ dataDir: join(work, 'older') });
    try {
      const migrated = await migrate(db, { migrations: [...shipped, added] });
      const tags = shipped.map((migration) => migration.tag);
      expect(migrated).toEqual({ applied: [...tags, added.tag], referenceRowsInserted: migrated.referenceRowsInserted, fromTemplate: tags });
      expect(migrated.referenceRowsInserted).toBeGreaterThan(0);
      const probe = await db.query<{ present: boolean }>("SELECT to_regclass('public.template_probe') IS NOT NULL AS present");
      expect(probe.rows[0].present).toBe(true);
      const bookkeeping = await db.query<{ hash: string; created_at: string }>('SELECT hash, created_at::text FROM drizzle.__drizzle_migrations ORDER BY id');
      expect(bookkeeping.rows).toEqual([...shipped, added].map((migration) => ({ hash: migration.hash, created_at: String(migration.createdAtMs) })));
      // And then it is up to date like any other database.
      expect(await migrate(db, { migrations: [...shipped, added] })).toEqual({ applied: [], referenceRowsInserted: 0 });
    } finally {
      await db.close();
    }
  }, 60_000);
});
