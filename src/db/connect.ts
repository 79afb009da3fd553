// Opens the target database: a PostgreSQL server when a URL is given (driver `pg`), otherwise
// the embedded PGlite stored in a data directory. Connection failures become one-sentence
// RuntimeErrors that never contain the password.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
// The drivers are imported when first needed: a run against PostgreSQL never loads PGlite's
// WebAssembly build, and an embedded run never loads pg (start-up is most of a tiny seed's time).
import type pg from 'pg';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { RuntimeError, UsageError } from '../errors.js';
import { lockDirectory } from './dir-lock.js';
import { restoreTemplate, templateBlob } from './pglite-template.js';
import { assertDatabaseOrEmpty, describeOpenFailure, restrictDirectoryMode, restrictModes } from './pglite-dir.js';
import type { CopyOptions, Database, DatabaseKind, QueryResult, Queryable, TransactionOptions } from './database.js';
import { quoteIdent } from './sql.js';
import { nameDatabaseError, type ErrorContext } from './errors.js';
import { rememberUrlSecrets } from '../redact.js';

export const DEFAULT_DATA_DIR = '.echoes/pgdata';
/** application_name of our sessions (unless the URL names one). */
export const APPLICATION_NAME = 'echoes-universe';

export interface ConnectTarget {
  /** PostgreSQL URL; when absent, the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** PGlite data directory (default ./.echoes/pgdata); 'memory://' keeps it in memory. */
  dataDir?: string;
}

export async function connect(target: ConnectTarget): Promise<Database> {
  if (target.databaseUrl) return connectPostgres(target.databaseUrl);
  return connectPglite(target.dataDir ?? DEFAULT_DATA_DIR);
}

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    // pg also takes a password from the query string.
    for (const key of ['password', 'sslpassword']) if (parsed.searchParams.has(key)) parsed.searchParams.set(key, '****');
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1:****@');
  }
}

// ---------------------------------------------------------------- PostgreSQL


export function copyStatement(table: string, columns: readonly string[]): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
}

async function connectPostgres(databaseUrl: string): Promise<Database> {
  // Before anything can fail: every error path scrubs this password from what it prints.
  rememberUrlSecrets(databaseUrl);
  let parsed: URL;
  try {
    parsed = new URL(databaseUrl);
  } catch {
    throw new UsageError('the database URL is not a valid URL; expected postgres://user:password@host:5432/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new UsageError(`the database URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//)`);
  }
  const description = redactUrl(databaseUrl);
  // Named in pg_stat_activity, so a DBA (and a waiting replace's message) can tell who we are.
  const applicationName = parsed.searchParams.has('application_name') ? undefined : APPLICATION_NAME;
  const { default: pgDriver } = await import('pg');
  const client = new pgDriver.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000, application_name: applicationName });
  // An idle client whose server goes away emits 'error'; without a listener that would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new RuntimeError(describeConnectError(error, parsed), { cause: error });
  }
  return new PostgresDatabase(client, description, decodeURIComponent(parsed.username) || undefined);
}

function describeConnectError(error: unknown, url: URL): string {
  const where = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
  const user = decodeURIComponent(url.username) || 'the default user';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || user;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot reach PostgreSQL at ${where} (connection refused); start the server or fix --database-url`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve the database host "${url.hostname}"; check --database-url`;
    case 'ETIMEDOUT':
      return `connecting to PostgreSQL at ${where} timed out; check the host and port in --database-url`;
    case '28P01':
      return `password authentication failed for user "${user}" at ${where}; check the credentials in --database-url`;
    case '28000':
      return `PostgreSQL at ${where} refused user "${user}" (no matching pg_hba.conf entry or role); check --database-url`;
    case '3D000':
      return `database "${database}" does not exist at ${where}; create it (createdb ${database}) or fix --database-url`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      const safe = url.password ? message.split(url.password).join('****') : message;
      return `cannot connect to PostgreSQL at ${where}: ${safe.includes('timeout') ? 'connection timed out' : safe}`;
    }
  }
}

/** pg-copy-streams' handler for the server's CopyInResponse (called by pg; not in its typings). */
interface CopyInResponseHook {
  handleCopyInResponse(connection: unknown): void;
}

class PostgresQueryable implements Queryable {
  readonly kind: DatabaseKind = 'postgres';
  constructor(
    protected readonly client: pg.Client,
    /** What errors name: the target (password removed) and the role (errors.ts). */
    protected readonly errorContext: ErrorContext,
  ) {}

  async query<Row>(sql: string, params: unknown[] = []): Promise<QueryResult<Row>> {
    try {
      const result = await this.client.query(sql, params);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw nameDatabaseError(error, { ...this.errorContext, statement: sql });
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.client.query(sql);
    } catch (error) {
      throw nameDatabaseError(error, { ...this.errorContext, statement: sql });
    }
  }

  async copyFrom(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<string> | Iterable<string>,
    options: CopyOptions = {},
  ): Promise<void> {
    try {
      await this.copyFromUnnamed(table, columns, chunks, options);
    } catch (error) {
      throw nameDatabaseError(error, { ...this.errorContext, statement: copyStatement(table, columns) });
    }
  }

  private async copyFromUnnamed(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<string> | Iterable<string>,
    options: CopyOptions = {},
  ): Promise<void> {
    const { from: copyFromStream } = await import('pg-copy-streams');
    const query = copyFromStream(copyStatement(table, columns)) as ReturnType<typeof copyFromStream> & CopyInResponseHook;
    // The stream holds written data until the server's CopyInResponse arrives, then flushes it
    // to the socket; that moment is when the data is "sent" (pg-copy-streams has no event for it).
    let handedOver = false;
    const handleCopyInResponse = query.handleCopyInResponse.bind(query);
    query.handleCopyInResponse = (connection) => {
      handleCopyInResponse(connection);
      handedOver = true;
      if (query.writableEnded) options.onSent?.();
    };
    const stream = this.client.query(query);
    const finished = new Promise<void>((resolveDone, reject) => {
      stream.on('finish', () => resolveDone());
      stream.on('error', reject);
    });
    // A write error surfaces through `finished`; stop feeding once it rejects.
    let failed = false;
    finished.catch(() => {
      failed = true;
    });
    for await (const chunk of chunks) {
      if (failed) break;
      if (!stream.write(chunk)) {
        await new Promise<void>((resume) => {
          const onDrain = (): void => {
            stream.off('error', onDrain);
            resume();
          };
          stream.once('drain', onDrain);
          stream.once('error', onDrain);
        });
      }
    }
    stream.end();
    if (handedOver) options.onSent?.();
    await finished;
  }
}

class PostgresDatabase extends PostgresQueryable implements Database {
  constructor(
    client: pg.Client,
    readonly description: string,
    role?: string,
  ) {
    super(client, { target: description, role });
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    // Writers: READ COMMITTED whatever the server's default, since a statement after the advisory
    // lock must see what the previous lock holder committed (a snapshot taken before the wait
    // would not). Readers of a whole universe: one snapshot for all their statements.
    await this.client.query(options.readOnlySnapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN ISOLATION LEVEL READ COMMITTED');
    try {
      const result = await work(this);
      try {
        await this.client.query('COMMIT');
      } catch (error) {
        // A connection lost during COMMIT leaves the outcome unknown: the message must say so.
        throw nameDatabaseError(error, { ...this.errorContext, statement: 'COMMIT', duringCommit: true });
      }
      return result;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- PGlite

type PgliteLike = PGlite | PgliteTransaction;

async function collectText(chunks: AsyncIterable<string> | Iterable<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

const PGLITE_ERROR_CONTEXT: ErrorContext = { target: 'the embedded database' };

class PgliteQueryable implements Queryable {
  readonly kind: DatabaseKind = 'pglite';
  constructor(protected readonly handle: PgliteLike) {}

  async query<Row>(sql: string, params: unknown[] = []): Promise<QueryResult<Row>> {
    try {
      const result = await this.handle.query<Row>(sql, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    } catch (error) {
      throw nameDatabaseError(error, { ...PGLITE_ERROR_CONTEXT, statement: sql });
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.handle.exec(sql);
    } catch (error) {
      throw nameDatabaseError(error, { ...PGLITE_ERROR_CONTEXT, statement: sql });
    }
  }

  async copyFrom(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<string> | Iterable<string>,
    options: CopyOptions = {},
  ): Promise<void> {
    // PGlite has no COPY protocol stream: the rows travel as one blob per call.
    const blob = new Blob(await collectText(chunks));
    const sql = copyStatement(table, columns).replace(/FROM STDIN$/, "FROM '/dev/blob'");
    await this.handle.query(sql, [], { blob });
    options.onSent?.();
  }
}

class PgliteDatabase extends PgliteQueryable implements Database {
  constructor(
    private readonly pglite: PGlite,
    readonly description: string,
    private readonly releaseLock: () => void = () => undefined,
  ) {
    super(pglite);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.pglite.transaction((tx) => work(new PgliteQueryable(tx)));
  }

  async close(): Promise<void> {
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      this.releaseLock();
    }
  }
}

/**
 * PGlite's own start parameters plus a smaller buffer pool. PGlite's memory never shrinks, and
 * every buffer of the data dir's 128 MB default that a load touches stays resident: measured
 * here, standard into a new data dir peaks at 430 MB RSS with it and 297 MB with 32 MB (eve:
 * 531 MB against 410 MB). Pages beyond the pool are in the OS page cache all the same.
 */
const PGLITE_SHARED_BUFFERS = ['-c', 'shared_buffers=32MB'];

async function connectPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) {
    try {
      // Private like PostgreSQL's own data directory (0700, less the umask).
      mkdirSync(location, { recursive: true, mode: 0o700 });
    } catch (error) {
      const reason = (error as { code?: string }).code ?? 'error';
      throw new RuntimeError(`cannot create the embedded database directory ${location} (${reason}); choose another --data-dir`, {
        cause: error,
      });
    }
  }
  const releaseLock = inMemory ? () => undefined : lockDirectory(location);
  try {
    if (!inMemory) {
      assertDatabaseOrEmpty(location);
      // The directory's own mode is what keeps others out while PGlite runs.
      restrictDirectoryMode(location);
    }
    // A new database starts from the pre-initialised template rather than PGlite's initdb.
    const loadDataDir = inMemory ? (templateBlob() ?? undefined) : undefined;
    if (!inMemory) restoreTemplate(location);
    const { PGlite } = await import('@electric-sql/pglite');
    const startParams = [...PGlite.defaultStartParams, ...PGLITE_SHARED_BUFFERS];
    const pglite = await PGlite.create(inMemory ? undefined : location, { loadDataDir, startParams });
    // PGlite writes its files world-readable: they are tightened (one walk, ~70 ms) when it closes.
    const release = inMemory
      ? releaseLock
      : () => {
          restrictModes(location);
          releaseLock();
        };
    return new PgliteDatabase(pglite, inMemory ? 'embedded database (in memory)' : `embedded database at ${location}`, release);
  } catch (error) {
    releaseLock();
    if (error instanceof RuntimeError) throw error;
    throw new RuntimeError(inMemory ? `cannot start the in-memory embedded database: ${String(error)}` : describeOpenFailure(location, error), {
      cause: error,
    });
  }
}

// ---------------------------------------------------------------- caller-owned connections

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
