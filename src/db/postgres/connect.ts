// The PostgreSQL backend (driver `pg`, COPY through pg-copy-streams): a server that other
// sessions — the game itself — use at the same time. Connection failures become one-sentence
// RuntimeErrors that never contain the password and name the URL option where fixing it helps.
// The driver is imported when first needed: an embedded run never loads pg.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { distFile, RUNNING_FROM_SOURCES } from '../../package-root.js';
import { RuntimeError, UsageError, type OptionProblem } from '../../errors.js';
import { rememberUrlSecrets } from '../../redact.js';
import type { BackendCapabilities, CopyChunk, CopyOptions, Database, QueryResult, Queryable, TransactionOptions } from '../database.js';
import { nameDatabaseError, type ErrorContext } from '../errors.js';
import { copyStatement } from '../sql.js';

export const POSTGRES_CAPABILITIES: BackendCapabilities = {
  name: 'postgres',
  streamsCopy: true,
  concurrentSessions: true,
  needsDirectoryLock: false,
  executesOnCallingThread: false,
  preferredCopyFormat: 'text',
  analyzesInBackground: true,
};

/** application_name of our sessions (unless the URL names one). */
export const APPLICATION_NAME = 'echoes-universe';

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

/**
 * The pg module, loaded on first use. pg asks at load time whether it runs in a Cloudflare
 * Worker (pg/lib/stream.js): where there is no global `navigator` (Node < 21) it constructs a
 * `Response`, and that first touch of fetch loads undici (≈ 15 ms of a CLI run's start-up, for
 * nothing). So on those versions a `navigator` that is plainly not Cloudflare's stands in while
 * pg loads, and is removed again: synchronous (require, not import), so no other code ever sees
 * it. Node ≥ 21 has its own navigator and loads pg as it is.
 *
 * A build loads the driver bundled into one file (dist/bundle/pg.cjs, scripts/build-cli-bundle.mjs:
 * one module instead of ≈ 30); the sources (vitest) load the package itself.
 */
function loadPg(): typeof pg {
  const require = createRequire(import.meta.url);
  const driver = RUNNING_FROM_SOURCES ? 'pg' : fileURLToPath(distFile('bundle/pg.cjs'));
  if ('navigator' in globalThis) return require(driver) as typeof pg;
  Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.versions.node}` }, configurable: true });
  try {
    return require(driver) as typeof pg;
  } finally {
    delete (globalThis as { navigator?: unknown }).navigator;
  }
}

export async function connectPostgres(databaseUrl: string): Promise<Database> {
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
  const pgDriver = loadPg();
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

function describeConnectError(error: unknown, url: URL): OptionProblem {
  const about = (say: (name: string) => string): OptionProblem => ({ option: 'databaseUrl', say });
  const where = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
  const user = decodeURIComponent(url.username) || 'the default user';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || user;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return about((name) => `cannot reach PostgreSQL at ${where} (connection refused); start the server or fix ${name}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return about((name) => `cannot resolve the database host "${url.hostname}"; check ${name}`);
    case 'ETIMEDOUT':
      return about((name) => `connecting to PostgreSQL at ${where} timed out; check the host and port in ${name}`);
    case '28P01':
      return about((name) => `password authentication failed for user "${user}" at ${where}; check the credentials in ${name}`);
    case '28000':
      return about((name) => `PostgreSQL at ${where} refused user "${user}" (no matching pg_hba.conf entry or role); check ${name}`);
    case '3D000':
      return about((name) => `database "${database}" does not exist at ${where}; create it (createdb ${database}) or fix ${name}`);
    default: {
      const message = error instanceof Error ? error.message : String(error);
      const safe = url.password ? message.split(url.password).join('****') : message;
      return about(() => `cannot connect to PostgreSQL at ${where}: ${safe.includes('timeout') ? 'connection timed out' : safe}`);
    }
  }
}

/** pg-copy-streams' handler for the server's CopyInResponse (called by pg; not in its typings). */
interface CopyInResponseHook {
  handleCopyInResponse(connection: unknown): void;
}

class PostgresQueryable implements Queryable {
  readonly capabilities = POSTGRES_CAPABILITIES;
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
    chunks: AsyncIterable<CopyChunk> | Iterable<CopyChunk>,
    options: CopyOptions = {},
  ): Promise<void> {
    try {
      await this.copyFromUnnamed(table, columns, chunks, options);
    } catch (error) {
      throw nameDatabaseError(error, { ...this.errorContext, statement: copyStatement(table, columns, options.format) });
    }
  }

  private async copyFromUnnamed(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<CopyChunk> | Iterable<CopyChunk>,
    options: CopyOptions = {},
  ): Promise<void> {
    // Through `default` (module.exports): the CLI's bundle merges this CommonJS package and gives it no named exports.
    const { from: copyFromStream } = (await import('pg-copy-streams')).default;
    const query = copyFromStream(copyStatement(table, columns, options.format)) as ReturnType<typeof copyFromStream> & CopyInResponseHook;
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

export class PostgresDatabase extends PostgresQueryable implements Database {
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

