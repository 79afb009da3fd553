// R1/R12 (issue 11, findings 4 and 8): database failures are named — lost connection, statement
// and lock timeout, deadlock, missing privilege (which), read-only — one line each, saying that
// nothing was changed; never "unexpected failure". Every error here is produced by a real
// PostgreSQL server (a terminated backend mid-COPY, a real deadlock, real timeouts), and the CLI
// is spawned. --verbose prints the driver's own error without the password.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { DatabaseError } from '../../src/db/errors.js';
import { runCli, startCli } from '../helpers/cli.js';
import { createScratchPostgres, postgresServerUrl, type ScratchDatabase } from '../helpers/db.js';

const EPOCH = '2026-01-01T00:00:00Z';
const sleep = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

/** The failure `work` ends in, which must be a DatabaseError. */
async function databaseErrorOf(work: () => Promise<unknown>): Promise<DatabaseError> {
  try {
    await work();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(DatabaseError);
    return error as DatabaseError;
  }
  throw new Error('expected a DatabaseError');
}

function expectOneNamedLine(error: DatabaseError, kind: string, pattern: RegExp): void {
  expect(error.kind).toBe(kind);
  expect(error.message).not.toContain('\n');
  expect(error.message).toMatch(pattern);
  expect(error.message).toContain('nothing was changed');
}

async function regionNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>('SELECT name FROM regions ORDER BY id')).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe.skipIf(!postgresServerUrl())('database errors are named (PostgreSQL)', () => {
  let scratch: ScratchDatabase;
  const opened: Database[] = [];
  const open = async (url = scratch.url): Promise<Database> => {
    const db = await connect({ databaseUrl: url });
    opened.push(db);
    return db;
  };

  beforeAll(async () => {
    scratch = await createScratchPostgres('eu_dberr');
    const first = await runCli(['generate', '--seed', 'before', '--preset', 'tiny', '--epoch', EPOCH, '--database-url', scratch.url, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    await scratch?.drop();
  });

  it('a backend terminated mid-COPY: "lost the connection", nothing changed (spawned CLI)', async () => {
    const before = await regionNames(scratch.url);
    const child = startCli(['generate', '--seed', 'terminated', '--preset', 'eve', '--epoch', EPOCH, '--database-url', scratch.url, '--replace', '--yes', '--quiet']);
    const stderr: Buffer[] = [];
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    let terminated = false;
    try {
      for (let waitedMs = 0; !terminated && waitedMs < 120_000 && child.exitCode === null; waitedMs += 25) {
        const copying = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'echoes-universe' AND query LIKE 'COPY %'`,
        );
        if (copying.rows.length > 0) {
          await admin.query('SELECT pg_terminate_backend($1)', [copying.rows[0].pid]);
          terminated = true;
        } else {
          await sleep(25);
        }
      }
    } finally {
      await admin.end();
    }
    expect(terminated, 'the load never reached a COPY').toBe(true);
    expect(await exited).toBe(1);
    const text = Buffer.concat(stderr).toString('utf8').trim();
    expect(text.split('\n')).toHaveLength(1);
    // The driver reports the server's goodbye or, when the socket closes first, its own words.
    expect(text).toMatch(
      /^error: lost the connection to postgres:\/\/\S+ \((the server ended this session: terminating connection due to administrator command|Connection terminated unexpectedly|[^)]*connection[^)]*)\); the transaction was rolled back and nothing was changed/,
    );
    expect(text).not.toContain('unexpected failure');
    expect(await regionNames(scratch.url)).toEqual(before);
  });

  it('a deadlock between two sessions is named for the one PostgreSQL cancels', async () => {
    const [a, b] = [await open(), await open()];
    const outcome = await Promise.allSettled([
      a.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(101)');
        await sleep(300);
        await tx.query('SELECT pg_advisory_xact_lock(102)');
      }),
      b.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(102)');
        await sleep(300);
        await tx.query('SELECT pg_advisory_xact_lock(101)');
      }),
    ]);
    const failures = outcome.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(failures).toHaveLength(1);
    const error = failures[0].reason as DatabaseError;
    expect(error).toBeInstanceOf(DatabaseError);
    expectOneNamedLine(error, 'deadlock', /^deadlock with another session \(deadlock detected\); PostgreSQL cancelled this transaction/);
  });

  it('statement timeout and lock timeout', async () => {
    const db = await open();
    const timeout = await databaseErrorOf(() =>
      db.transaction(async (tx) => {
        await tx.exec("SET LOCAL statement_timeout = '100ms'");
        await tx.query('SELECT pg_sleep(2)');
      }),
    );
    expectOneNamedLine(timeout, 'statement-timeout', /^a statement ran longer than the server's statement_timeout \(canceling statement due to statement timeout\)/);

    const holder = await open();
    let release = (): void => undefined;
    const held = new Promise<void>((resolveHeld) => (release = resolveHeld));
    let locked = (): void => undefined;
    const isLocked = new Promise<void>((resolveLocked) => (locked = resolveLocked));
    const holding = holder.transaction(async (tx) => {
      await tx.exec('LOCK TABLE regions IN ACCESS EXCLUSIVE MODE');
      locked();
      await held;
    });
    await isLocked;
    const lockTimeout = await databaseErrorOf(() =>
      db.transaction(async (tx) => {
        await tx.exec("SET LOCAL lock_timeout = '200ms'");
        await tx.query('SELECT count(*) FROM regions');
      }),
    );
    release();
    await holding;
    expectOneNamedLine(lockTimeout, 'lock-timeout', /^timed out waiting for a lock \(canceling statement due to lock timeout\)/);
  });

  it('a missing privilege names the role, the right and the table', async () => {
    const admin = await open();
    const role = `eu_noright_${process.pid}`;
    await admin.exec(`DROP ROLE IF EXISTS ${role}; CREATE ROLE ${role} LOGIN`);
    const url = new URL(scratch.url);
    url.username = role;
    const limited = await connect({ databaseUrl: url.toString() });
    try {
      const error = await databaseErrorOf(() => limited.transaction((tx) => tx.query('DELETE FROM anomalies')));
      expectOneNamedLine(error, 'privilege', new RegExp(`^the role "${role}" needs the right to DELETE from anomalies \\(permission denied for table anomalies\\)`));
    } finally {
      await limited.close();
      await admin.exec(`DROP ROLE IF EXISTS ${role}`);
    }
  });

  it('a read-only database: named, nothing changed (spawned CLI)', async () => {
    const admin = await open();
    const before = await regionNames(scratch.url);
    await admin.exec(`ALTER DATABASE "${scratch.name}" SET default_transaction_read_only = on`);
    try {
      const run = await runCli(['generate', '--seed', 'read-only', '--preset', 'tiny', '--epoch', EPOCH, '--database-url', scratch.url, '--replace', '--yes']);
      expect(run.code).toBe(1);
      // Off a terminal the progress prints one plain line per phase before it; the error itself is one line.
      const errors = run.stderr.trim().split('\n').filter((line) => !line.endsWith('…'));
      expect(errors).toHaveLength(1);
      const text = errors[0] ?? '';
      expect(text).toMatch(/^error: postgres:\/\/.* accepts no writes \(cannot execute .* in a read-only transaction: a hot standby, or default_transaction_read_only is on\); the transaction was rolled back and nothing was changed/);
    } finally {
      await admin.exec(`ALTER DATABASE "${scratch.name}" RESET default_transaction_read_only`);
    }
    expect(await regionNames(scratch.url)).toEqual(before);
  });

  it('--verbose prints the driver error without the password, even where the server echoes it', async () => {
    const password = 'EchoedSecret42';
    const url = new URL(postgresServerUrl() as string);
    url.username = 'postgres';
    url.password = password;
    // The server names the database in its error, and this database's name holds the password.
    url.pathname = `/eu_missing_${password}`;
    const run = await runCli(['generate', '--seed', '1', '--preset', 'tiny', '--database-url', url.toString(), '--verbose']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not exist');
    expect(run.stderr).toContain('****');
    expect(run.stderr).not.toContain(password);
    expect(run.stderr.split('\n').length).toBeGreaterThan(2); // the stack trace is there, redacted
  });
});
