// One small interface over the two databases the tool talks to: a PostgreSQL server (driver
// `pg`) and the embedded PGlite. Code above this layer never asks which one it has.

export type DatabaseKind = 'postgres' | 'pglite';

export interface QueryResult<Row> {
  rows: Row[];
  /** Rows touched by INSERT/UPDATE/DELETE (0 when the driver does not say). */
  rowCount: number;
}

/** A connection, or a transaction on one: the same operations either way. */
export interface Queryable {
  readonly kind: DatabaseKind;
  /** One statement with $1, $2 … parameters (never string-built SQL for values). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Several statements separated by semicolons, no parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  /**
   * COPY `table (columns)` FROM STDIN in PostgreSQL text format. `chunks` are pieces of COPY
   * text (whole lines, each ending in "\n"); large pieces are much faster than one per row.
   */
  copyFrom(table: string, columns: readonly string[], chunks: AsyncIterable<string> | Iterable<string>, options?: CopyOptions): Promise<void>;
}

export interface TransactionOptions {
  readOnlySnapshot?: boolean;
}

export interface CopyOptions {
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
}
