// Table locks of a wipe or replace on PostgreSQL, taken up front so it can never deadlock with the
// game's readers (PRODUCT.md R12, issue 11).
//
// The deadlock this prevents: a replace that locks tables one by one as it goes (the bulk path's
// ALTER TABLE … DROP CONSTRAINT takes ACCESS EXCLUSIVE per table) holds table A while it asks for
// table B, and a reader in a REPEATABLE READ transaction holds B while it asks for A. A fixed
// order alone cannot help, because readers touch tables in any order. So every lock the
// operation needs is taken at the start, in one statement, in one fixed order, under a short
// lock_timeout inside a savepoint: when a table is busy the attempt gives up before PostgreSQL's
// deadlock detector would run (deadlock_timeout, 1 s by default), rolls back to the savepoint —
// releasing every lock it had taken, so no reader waits on us — and tries again after a pause.
// Once it holds everything it never waits for a table lock again, so no cycle can form; readers
// that arrive meanwhile wait for the commit and then see the new universe (or, with an older
// snapshot, the old one) — never an error caused by us.
//
// While it waits it says, every few seconds, whom it waits for: pid, application_name and how
// long their transaction has been open (pg_locks joined with pg_stat_activity).
//
// Readers that never pause can keep some table in use at every moment, so the bulk path's
// exclusive locks may never all be free at once: after BULK_PATIENCE_SECONDS the wipe or replace
// takes the DML-only path, whose ROW EXCLUSIVE locks no reader conflicts with.
import type { Queryable } from './database.js';
import { DatabaseError } from './errors.js';
import { quoteIdent } from './sql.js';
import { UNIVERSE_TABLES } from './schema/registry.js';

export type TableLockMode = 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'ROW EXCLUSIVE';

export interface TableLock {
  table: string;
  mode: TableLockMode;
}

/** Who holds a lock we are waiting for. */
export interface LockHolder {
  pid: number;
  applicationName: string;
  /** Seconds since the holder's transaction (or, outside one, its session) began. */
  heldSeconds: number;
  tables: string[];
}

export interface LockWaitOptions {
  /** Called every WAIT_REPORT_SECONDS while waiting, with the holders and the time waited so far. */
  onWaiting?: (holders: LockHolder[], waitedSeconds: number) => void;
  /** Give up (a named lock-timeout error) after this long; default 10 minutes. */
  maxWaitSeconds?: number;
}

/** One attempt waits at most this long, and at most half the server's deadlock_timeout (1 s by default). */
const ATTEMPT_TIMEOUT_MS = 200;
/** Pause between attempts, letting queued readers through (random within this range). */
const PAUSE_MS = [50, 250] as const;
/** The first report after this long, then one every this long. */
export const WAIT_REPORT_SECONDS = 3;
const DEFAULT_MAX_WAIT_SECONDS = 600;

/** Modes a granted lock may hold and still not block the mode we ask for (PostgreSQL's conflict table). */
const COMPATIBLE: Record<TableLockMode, readonly string[]> = {
  'ACCESS EXCLUSIVE': [],
  EXCLUSIVE: ['AccessShareLock'],
  'ROW EXCLUSIVE': ['AccessShareLock', 'RowShareLock', 'RowExclusiveLock'],
};

const sleep = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

function randomPauseMs(): number {
  // Not part of generation: a jitter so two waiters do not retry in lock-step.
  return PAUSE_MS[0] + Math.floor(Math.random() * (PAUSE_MS[1] - PAUSE_MS[0]));
}

/** The LOCK statements for `locks`, in the given (fixed) order, grouped by mode. */
function lockStatements(locks: readonly TableLock[]): string[] {
  return locks.map((lock) => `LOCK TABLE ${quoteIdent(lock.table)} IN ${lock.mode} MODE`);
}

/** Sessions holding a lock on one of `locks` that conflicts with the mode we ask for. */
export async function findLockHolders(tx: Queryable, locks: readonly TableLock[]): Promise<LockHolder[]> {
  const result = await tx.query<{ pid: number; application_name: string | null; held_seconds: number | string | null; relname: string; mode: string }>(
    `SELECT l.pid, a.application_name, extract(epoch FROM now() - coalesce(a.xact_start, a.backend_start)) AS held_seconds,
            c.relname, l.mode
       FROM pg_locks l
       JOIN pg_class c ON c.oid = l.relation
       JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.granted AND l.pid <> pg_backend_pid()
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND c.relname = ANY($1::text[]) AND c.relnamespace = 'public'::regnamespace
      ORDER BY held_seconds DESC NULLS LAST, l.pid`,
    [locks.map((lock) => lock.table)],
  );
  const wanted = new Map(locks.map((lock) => [lock.table, lock.mode]));
  const byPid = new Map<number, LockHolder>();
  for (const row of result.rows) {
    const mode = wanted.get(row.relname);
    if (!mode || COMPATIBLE[mode].includes(row.mode)) continue;
    const holder = byPid.get(row.pid) ?? {
      pid: row.pid,
      applicationName: row.application_name ?? '',
      heldSeconds: Math.round(Number(row.held_seconds ?? 0)),
      tables: [],
    };
    if (!holder.tables.includes(row.relname)) holder.tables.push(row.relname);
    byPid.set(row.pid, holder);
  }
  return [...byPid.values()];
}

/** "pid 4242 (game-server, transaction open 25 s) on solar_systems, planets" */
export function describeHolders(holders: readonly LockHolder[]): string {
  if (holders.length === 0) return 'a session that has just finished';
  return holders
    .slice(0, 5)
    .map((h) => `pid ${h.pid} (${h.applicationName ? `${h.applicationName}, ` : ''}transaction open ${h.heldSeconds} s) on ${h.tables.join(', ')}`)
    .join('; ')
    .concat(holders.length > 5 ? `; and ${holders.length - 5} more` : '');
}

/** A failed attempt: our lock_timeout expired (or, with a tiny deadlock_timeout, the detector chose us). */
function isRetryable(error: unknown): boolean {
  if (error instanceof DatabaseError) return error.kind === 'lock-timeout' || error.kind === 'deadlock';
  const code = (error as { code?: string }).code;
  return code === '55P03' || code === '40P01';
}

/** How long one attempt may wait: our waits must end before any waiter's deadlock check runs. */
async function attemptTimeoutMs(tx: Queryable): Promise<number> {
  const result = await tx.query<{ ms: string | number }>("SELECT setting AS ms FROM pg_settings WHERE name = 'deadlock_timeout'");
  const deadlockMs = Number(result.rows[0]?.ms ?? 1000);
  return Math.max(10, Math.min(ATTEMPT_TIMEOUT_MS, Math.floor(deadlockMs / 2)));
}

/**
 * Takes every lock in `locks` (in that order) inside the caller's transaction, retrying politely
 * until it holds them all. Throws a named lock-timeout DatabaseError after maxWaitSeconds.
 */
export async function acquireTableLocks(tx: Queryable, locks: readonly TableLock[], options: LockWaitOptions = {}): Promise<void> {
  await tryTableLocks(tx, locks, options, false);
}

/**
 * As acquireTableLocks, but `quietly`: after maxWaitSeconds it gives up returning false (holding
 * nothing) instead of throwing.
 */
async function tryTableLocks(tx: Queryable, locks: readonly TableLock[], options: LockWaitOptions, quietly: boolean): Promise<boolean> {
  if (locks.length === 0) return true;
  const statement = lockStatements(locks).join(';\n');
  const maxWaitMs = (options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS) * 1000;
  const startedMs = performance.now();
  let nextReportMs = WAIT_REPORT_SECONDS * 1000;
  const timeoutMs = await attemptTimeoutMs(tx);
  for (;;) {
    await tx.exec(`SAVEPOINT echoes_table_locks; SET LOCAL lock_timeout = '${timeoutMs}ms'`);
    try {
      await tx.exec(statement);
      // Held: later statements wait as the server is configured to, not 200 ms.
      await tx.exec('SET LOCAL lock_timeout TO DEFAULT; RELEASE SAVEPOINT echoes_table_locks');
      return true;
    } catch (error) {
      if (!isRetryable(error)) throw error;
      // Releases the locks this attempt took, so nobody waits on us while we wait.
      await tx.exec('ROLLBACK TO SAVEPOINT echoes_table_locks; RELEASE SAVEPOINT echoes_table_locks');
    }
    const waitedMs = performance.now() - startedMs;
    if (quietly && waitedMs >= maxWaitMs) return false;
    if (waitedMs >= nextReportMs || waitedMs >= maxWaitMs) {
      const holders = await findLockHolders(tx, locks);
      if (waitedMs >= maxWaitMs) {
        throw new DatabaseError(
          `gave up after waiting ${Math.round(waitedMs / 1000)} s for the universe tables, held by ${describeHolders(holders)}; the transaction was rolled back and nothing was changed — end those sessions or run the command again later`,
          'lock-timeout',
          '55P03',
        );
      }
      options.onWaiting?.(holders, Math.round(waitedMs / 1000));
      nextReportMs += WAIT_REPORT_SECONDS * 1000;
    }
    await sleep(randomPauseMs());
  }
}

// ------------------------------------------------------------------ the locks of a wipe or replace

/** Universe tables in the fixed order every lock set takes them: the registry's, parents before children. */
const UNIVERSE_LOCK_ORDER = UNIVERSE_TABLES;

/**
 * The tables a wipe or replace writes, with the lock each needs, in one fixed order: the universe
 * tables (ACCESS EXCLUSIVE when the bulk path drops and rebuilds their constraints, otherwise ROW
 * EXCLUSIVE, which readers never wait for), then — alphabetically — the tables outside the
 * universe that reference it (character_locations, game_servers: their rows are set to NULL or
 * re-homed) and assets (stranded items move), in EXCLUSIVE mode: the game may read them
 * meanwhile, but no writer can hold a row the replace must update.
 */
export async function universeLockSet(tx: Queryable, options: { bulk: boolean }): Promise<TableLock[]> {
  const outside = await tx.query<{ name: string }>(
    `SELECT DISTINCT c.conrelid::regclass::text AS name
       FROM pg_constraint c
      WHERE c.contype = 'f'
        AND c.confrelid = ANY($1::regclass[])
        AND NOT (c.conrelid = ANY($1::regclass[]))
     UNION
     SELECT 'assets' WHERE to_regclass('public.assets') IS NOT NULL
     ORDER BY 1`,
    [UNIVERSE_LOCK_ORDER.map((table) => `public.${table}`)],
  );
  const universeMode: TableLockMode = options.bulk ? 'ACCESS EXCLUSIVE' : 'ROW EXCLUSIVE';
  return [
    ...UNIVERSE_LOCK_ORDER.map((table) => ({ table, mode: universeMode })),
    ...outside.rows.map((row) => ({ table: row.name.replace(/^public\./, ''), mode: 'EXCLUSIVE' as const })),
  ];
}

/** True when the current role owns every universe table (directly or through a role it belongs to): the bulk path's DDL needs it. */
export async function ownsUniverseTables(tx: Queryable): Promise<boolean> {
  const result = await tx.query<{ owned: boolean | null }>(
    "SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) AS owned FROM pg_class c WHERE c.oid = ANY($1::regclass[])",
    [UNIVERSE_LOCK_ORDER.map((table) => `public.${table}`)],
  );
  return result.rows[0]?.owned === true;
}

export interface UniverseLockOptions extends LockWaitOptions {
  /** Whether the caller would like the bulk path (drop and rebuild constraints; needs ownership). */
  bulk: boolean;
  /** Called once, with the role's name, when the bulk path is not allowed (the role does not own the tables). */
  onDmlOnly?: (role: string) => void;
  /** Called once when the game's sessions kept the tables too busy for the bulk path's exclusive locks, and the load takes the DML-only path. */
  onBulkStarved?: (waitedSeconds: number) => void;
}

/**
 * How long the bulk path may wait for its exclusive locks. Readers that never pause (a busy
 * game) can keep some universe table in use at every moment, and the all-at-once attempt needs
 * a moment when none is; the DML-only path's ROW EXCLUSIVE locks do not conflict with readers at
 * all, so after this long the load goes that way instead (slower, but it does not wait for a
 * quiet moment that may never come).
 */
export const BULK_PATIENCE_SECONDS = 10;

/**
 * Takes the locks of a wipe or replace (after the advisory lock): decides the bulk path (only an
 * owner may drop constraints; anyone else gets the DML-only path, and is told once), then waits
 * politely for the lock set. Returns whether the bulk path may be used. PGlite has one connection
 * and no one to wait for: nothing to lock, and its single user owns everything.
 */
export async function lockUniverseTables(tx: Queryable, options: UniverseLockOptions): Promise<boolean> {
  if (!tx.capabilities.concurrentSessions) return options.bulk;
  let bulk = options.bulk;
  if (bulk && !(await ownsUniverseTables(tx))) {
    bulk = false;
    const role = await tx.query<{ role: string }>('SELECT current_user AS role');
    options.onDmlOnly?.(role.rows[0]?.role ?? 'this role');
  }
  let waitOptions: LockWaitOptions = options;
  if (bulk) {
    const maxWaitSeconds = options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
    const patienceSeconds = Math.min(BULK_PATIENCE_SECONDS, maxWaitSeconds);
    const startedMs = performance.now();
    if (await tryTableLocks(tx, await universeLockSet(tx, { bulk: true }), { ...options, maxWaitSeconds: patienceSeconds }, true)) return true;
    options.onBulkStarved?.(Math.round((performance.now() - startedMs) / 1000));
    // The DML-only lock set gets what is left of the overall limit.
    waitOptions = { ...options, maxWaitSeconds: Math.max(1, maxWaitSeconds - patienceSeconds) };
  }
  await acquireTableLocks(tx, await universeLockSet(tx, { bulk: false }), waitOptions);
  return false;
}
