// The embedded backend: PGlite (PostgreSQL compiled to WebAssembly) in a data directory that one
// process opens at a time (dir-lock.ts), private to its owner (data-dir.ts), started from a
// pre-initialised, pre-migrated template instead of initdb (template.ts). Rows are handed to COPY as one blob
// per table: PGlite has no COPY protocol stream. PGlite's WebAssembly build is imported when
// first needed: a run against a server never loads it.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { RuntimeError } from '../../errors.js';
import type { BackendCapabilities, CopyChunk, CopyOptions, CreatedFromTemplate, Database, QueryResult, Queryable } from '../database.js';
import { nameDatabaseError, type ErrorContext } from '../errors.js';
import { copyStatement } from '../sql.js';
import { lockDirectory } from './dir-lock.js';
import { restoreTemplate, templateBlob } from './template.js';
import { assertDatabaseOrEmpty, describeOpenFailure, holdsDatabase, restrictDirectoryMode, restrictModes } from './data-dir.js';

export const PGLITE_CAPABILITIES: BackendCapabilities = {
  name: 'pglite',
  streamsCopy: false,
  concurrentSessions: false,
  needsDirectoryLock: true,
  executesOnCallingThread: true,
  preferredCopyFormat: 'binary',
  analyzesInBackground: false,
};

/** Where the embedded database lives unless told otherwise (relative to the working directory). */
export const DEFAULT_DATA_DIR = '.echoes/pgdata';

export interface PgliteOpenOptions {
  /**
   * Refuse a directory that holds no database yet instead of creating one there (the read-only
   * tools: reading never creates anything, and a new database would also cost seconds).
   */
  mustExist?: boolean;
}

type PgliteLike = PGlite | PgliteTransaction;

async function collectChunks(chunks: AsyncIterable<CopyChunk> | Iterable<CopyChunk>): Promise<CopyChunk[]> {
  const parts: CopyChunk[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

const PGLITE_ERROR_CONTEXT: ErrorContext = { target: 'the embedded database' };

class PgliteQueryable implements Queryable {
  readonly capabilities = PGLITE_CAPABILITIES;
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
    chunks: AsyncIterable<CopyChunk> | Iterable<CopyChunk>,
    options: CopyOptions = {},
  ): Promise<void> {
    // PGlite has no COPY protocol stream: the rows travel as one blob per call.
    const blob = new Blob(await collectChunks(chunks));
    const sql = copyStatement(table, columns, options.format).replace(/FROM STDIN/, "FROM '/dev/blob'");
    await this.handle.query(sql, [], { blob });
    options.onSent?.();
  }
}

export class PgliteDatabase extends PgliteQueryable implements Database {
  constructor(
    private readonly pglite: PGlite,
    readonly description: string,
    private readonly releaseLock: () => void = () => undefined,
    /** Set when this connection made the database from the template (handed to the first migrate). */
    private createdFromTemplate?: CreatedFromTemplate,
  ) {
    super(pglite);
  }

  takeCreatedFromTemplate(): CreatedFromTemplate | undefined {
    const created = this.createdFromTemplate;
    this.createdFromTemplate = undefined;
    return created;
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

export async function connectPglite(dataDir: string, options: PgliteOpenOptions = {}): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  if (options.mustExist && !inMemory && !holdsDatabase(location)) {
    throw new RuntimeError({
      option: 'dataDir',
      say: (name) => `no embedded database at ${location}; run \`echoes-universe migrate\` (or generate) with this ${name} first, or read a dry-run file instead`,
    }, { key: 'no-database' });
  }
  if (!inMemory) {
    try {
      // Private like PostgreSQL's own data directory (0700, less the umask).
      mkdirSync(location, { recursive: true, mode: 0o700 });
    } catch (error) {
      const reason = (error as { code?: string }).code ?? 'error';
      throw new RuntimeError(
        { option: 'dataDir', say: (name) => `cannot create the embedded database directory ${location} (${reason}); choose another ${name}` },
        { cause: error },
      );
    }
  }
  const releaseLock = inMemory ? () => undefined : lockDirectory(location);
  try {
    if (!inMemory) {
      assertDatabaseOrEmpty(location);
      // The directory's own mode is what keeps others out while PGlite runs.
      restrictDirectoryMode(location);
    }
    // A new database starts from the pre-migrated template rather than PGlite's initdb.
    const template = inMemory ? templateBlob() : null;
    const created = inMemory ? template?.created : (restoreTemplate(location) ?? undefined);
    const { PGlite } = await import('@electric-sql/pglite');
    const startParams = [...PGlite.defaultStartParams, ...PGLITE_SHARED_BUFFERS];
    const pglite = await PGlite.create(inMemory ? undefined : location, { loadDataDir: template?.blob, startParams });
    // PGlite writes its files world-readable: they are tightened (one walk, ~70 ms) when it closes.
    const release = inMemory
      ? releaseLock
      : () => {
          restrictModes(location);
          releaseLock();
        };
    return new PgliteDatabase(pglite, inMemory ? 'embedded database (in memory)' : `embedded database at ${location}`, release, created);
  } catch (error) {
    releaseLock();
    if (error instanceof RuntimeError) throw error;
    throw new RuntimeError(inMemory ? `cannot start the in-memory embedded database: ${String(error)}` : describeOpenFailure(location, error), {
      cause: error,
    });
  }
}

