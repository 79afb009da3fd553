// Which database an operation uses, decided once for the CLI and the API alike:
//   1. a connection the caller owns (the API: a PGlite instance or a connected pg.Client);
//   2. an explicit PostgreSQL URL (--database-url, databaseUrl);
//   3. an explicit embedded data directory (--data-dir, dataDir);
//   4. the DATABASE_URL environment variable;
//   5. the embedded database in ./.echoes/pgdata.
// An explicit choice beats the environment; the embedded default only applies when nothing says
// otherwise.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { UsageError } from '../errors.js';
import { capabilitiesOf, connect, wrapConnection, type ConnectOptions, type ConnectTarget } from '../db/connect.js';
import type { BackendCapabilities, Database } from '../db/database.js';

/** Where to load or read: a caller-owned PGlite or pg.Client, a PostgreSQL URL, or an embedded data directory. */
export interface TargetOptions {
  pglite?: PGlite;
  client?: pg.Client;
  databaseUrl?: string;
  dataDir?: string;
}

/** The URL or data directory `target` means, with DATABASE_URL from `env` when neither is given. */
export function resolveTarget(target: Pick<TargetOptions, 'databaseUrl' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): ConnectTarget {
  if (target.databaseUrl !== undefined) {
    if (target.databaseUrl.trim() === '') {
      throw new UsageError({ option: 'databaseUrl', say: (name) => `${name} is empty; give a postgres:// URL or leave it out for the embedded database` });
    }
    return { databaseUrl: target.databaseUrl };
  }
  if (target.dataDir !== undefined) return { dataDir: target.dataDir };
  return env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {};
}

/** A target whose opening has begun (openEarly); opening it takes the connection over. */
export class OpeningTarget {
  constructor(
    readonly opening: Promise<Database>,
    readonly capabilities: BackendCapabilities,
  ) {}
}

/**
 * Starts connecting to a PostgreSQL target now, for a caller with other work to do before it
 * needs the connection (the CLI loads the generator and builds the plan meanwhile): the round
 * trips of connecting overlap that work instead of following it. Any other target is opened only
 * when needed (null): an embedded directory is created or locked when opened. A failure to
 * connect surfaces where the target is opened, not here. The caller must call abandonEarly once
 * the work is over, used or not.
 */
export function openEarly(target: TargetOptions): OpeningTarget | null {
  if (target.pglite || target.client) return null;
  let resolved: ConnectTarget;
  try {
    resolved = resolveTarget(target);
  } catch {
    return null; // thrown again, in its place, when the target is opened
  }
  if (resolved.databaseUrl === undefined) return null;
  const opening = connect(resolved);
  // Handled here so that a failure is not reported as unhandled before the caller opens it.
  opening.catch(() => undefined);
  return new OpeningTarget(opening, capabilitiesOf(resolved));
}

/** Closes an early connection (again: closing is idempotent), e.g. after a failure before it was opened. */
export async function abandonEarly(early: OpeningTarget): Promise<void> {
  const db = await early.opening.catch(() => null);
  await db?.close();
}

/** What the target's backend can do, known before it is opened (a bad target throws its usage error here). */
export function targetCapabilities(target: TargetOptions | OpeningTarget): BackendCapabilities {
  if (target instanceof OpeningTarget) return target.capabilities;
  const owned = target.pglite ?? target.client;
  return capabilitiesOf(owned ?? resolveTarget(target));
}

/** Opens the target (see the order above); `mustExist` refuses an embedded directory without a database. */
export async function openTarget(target: TargetOptions | OpeningTarget, options: ConnectOptions = {}): Promise<Database> {
  if (target instanceof OpeningTarget) return target.opening;
  if (target.pglite) return wrapConnection(target.pglite);
  if (target.client) return wrapConnection(target.client);
  return connect(resolveTarget(target), options);
}

/** Runs `work` on the opened target and closes it afterwards, whatever happens. */
export async function withTarget<T>(target: TargetOptions, work: (db: Database) => Promise<T>, options: ConnectOptions = {}): Promise<T> {
  const db = await openTarget(target, options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
