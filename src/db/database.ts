// One small interface over the two databases the tool talks to: a PostgreSQL server (driver
// `pg`, db/postgres/) and the embedded PGlite (db/pglite/). Each backend states what it can do
// in its `capabilities`; code that must behave differently reads a capability, never the
// backend's name, and nothing above db/ asks which backend it has.

/** What a backend can do, stated by the backend itself (db/postgres/, db/pglite/). */
export interface BackendCapabilities {
  /** The backend's name, for messages only: decisions read the capabilities below. */
  readonly name: 'postgres' | 'pglite';
  /**
   * COPY rows travel to the server while the generator still produces them (the wire protocol's
   * CopyData); without it, each table's rows are handed over as one blob at the end.
   */
  readonly streamsCopy: boolean;
  /**
   * Other sessions may use the database at the same time: a wipe or replace must take its
   * table locks politely and name whoever it waits for (locking.ts). PGlite has one connection.
   */
  readonly concurrentSessions: boolean;
  /**
   * The database lives in a directory that only one process may open at a time: it is locked
   * while open (db/pglite/dir-lock.ts), and whether it holds a database is told by its files.
   */
  readonly needsDirectoryLock: boolean;
  /**
   * Statements execute on the calling thread (PGlite is WebAssembly inside this process): while
   * one runs, nothing else on this thread does, so rows are best generated on another thread
   * meanwhile (format/parallel-copy-text.ts). A server executes them in its own processes.
   */
  readonly executesOnCallingThread: boolean;
  /**
   * The COPY format this backend ingests fastest, all costs counted. PGlite parses COPY text in
   * WebAssembly on this thread: eve's moons took 1.59 s as text and 0.43 s as binary (measured
   * here). A server parses text on its own cores while this process generates, and encoding
   * binary as well would only add to this process's share.
   */
  readonly preferredCopyFormat: 'text' | 'binary';
  /**
   * The server analyzes tables whose rows changed on its own (autovacuum), so a small load may
   * leave its statistics to it (db/replace.ts ANALYZE_MIN_ROWS). PGlite runs no background workers:
   * what a load does not analyze stays unanalyzed.
   */
  readonly analyzesInBackground: boolean;
}

export interface QueryResult<Row> {
  rows: Row[];
  /** Rows touched by INSERT/UPDATE/DELETE (0 when the driver does not say). */
  rowCount: number;
}

/** A connection, or a transaction on one: the same operations either way. */
export interface Queryable {
  readonly capabilities: BackendCapabilities;
  /** One statement with $1, $2 … parameters (never string-built SQL for values). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Several statements separated by semicolons, no parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  /**
   * COPY `table (columns)` FROM STDIN in PostgreSQL text format (or binary: options.format).
   * `chunks` are pieces of COPY text (whole lines, each ending in "\n") or of the binary file;
   * large pieces are much faster than one per row.
   */
  copyFrom(table: string, columns: readonly string[], chunks: AsyncIterable<CopyChunk> | Iterable<CopyChunk>, options?: CopyOptions): Promise<void>;
}

export interface TransactionOptions {
  readOnlySnapshot?: boolean;
}

/** A piece of COPY data: text (whole lines) or binary-format bytes. */
export type CopyChunk = string | Uint8Array;

export interface CopyOptions {
  /**
   * 'binary': the chunks are one binary-format COPY file (header, tuples, trailer: format/copy-binary.ts).
   * Default 'text'.
   */
  format?: 'text' | 'binary';
  /**
   * Called once every chunk has been handed to the connection, before the server has finished
   * with them: the caller may prepare the next COPY while the server works (PGlite: at the end).
   */
  onSent?: () => void;
}

export interface Database extends Queryable {
  /** A human-readable name of the target with any password removed (for messages). */
  readonly description: string;
  /**
   * Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. READ
   * COMMITTED by default; `readOnlySnapshot` reads every statement from one snapshot (a reader
   * never sees half of a load that commits meanwhile).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
  /**
   * When this connection created the database from a pre-migrated template (a new embedded data
   * dir, db/pglite/template.ts): the migrations and reference rows it was created with, handed
   * out once (to the first migrate, which reports them), then undefined.
   */
  takeCreatedFromTemplate?(): CreatedFromTemplate | undefined;
}

/** What a database made from the pre-migrated template holds from birth. */
export interface CreatedFromTemplate {
  /** Migration tags, oldest first. */
  readonly migrations: readonly string[];
  /** Reference rows (seeds/reference/). */
  readonly referenceRows: number;
}
