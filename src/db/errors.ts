// Database failures named for what they are (PRODUCT.md R1, issue 11): a lost connection, a
// statement or lock timeout, a deadlock, a missing privilege (which one, on what), a read-only
// server — each one sentence that says what happened, that nothing was changed (every operation
// of this tool is one transaction, rolled back on failure), and what to do. Never "unexpected
// failure". The driver's own error stays attached as `cause` (printed under --verbose, with any
// password scrubbed by the CLI).
import { RuntimeError } from '../errors.js';

export type DatabaseErrorKind =
  | 'lost-connection'
  | 'statement-timeout'
  | 'lock-timeout'
  | 'deadlock'
  | 'serialization'
  | 'privilege'
  | 'read-only'
  | 'resources'
  | 'cancelled'
  | 'embedded-abort'
  | 'other';

/** A named database failure: one sentence, exit code 1. */
export class DatabaseError extends RuntimeError {
  constructor(
    message: string,
    readonly kind: DatabaseErrorKind,
    readonly sqlState: string | undefined,
    options?: { cause?: unknown },
  ) {
    // The kind is the stable code of a --json error ({"error": {"code": "deadlock", …}}).
    super(message, { ...options, key: kind });
    this.name = 'DatabaseError';
  }
}

export interface ErrorContext {
  /** The target, password removed (Database.description). */
  target: string;
  /** The role the tool connects as (for privilege messages). */
  role?: string;
  /** The statement that failed (its first words say which privilege it needed). */
  statement?: string;
  /** The failure happened during COMMIT: the outcome is then unknown for a lost connection. */
  duringCommit?: boolean;
}

interface DriverError {
  code?: string;
  message?: string;
  detail?: string;
  table?: string;
}

const NOTHING_CHANGED = 'the transaction was rolled back and nothing was changed';

/** Driver messages of a connection that went away (pg and node's socket errors). */
const LOST_CONNECTION_MESSAGE = /Connection terminated|connection error and is not queryable|Client was closed|ECONNRESET|EPIPE|socket hang up|server closed the connection/i;
const LOST_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '25P03', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0].trim();
}

/** What a statement needed, from its first words: "INSERT into anomalies", "own table regions". */
function neededRight(statement: string | undefined, table: string | undefined): string | undefined {
  if (!statement) return undefined;
  const text = statement.trim().replace(/\s+/g, ' ');
  const on = table ? ` ${table}` : '';
  if (/^COPY /i.test(text)) return `INSERT into${on || ` ${/^COPY "?(\w+)/i.exec(text)?.[1] ?? 'a table'}`}`;
  if (/^INSERT /i.test(text)) return `INSERT into${on || ' a table'}`;
  if (/^UPDATE /i.test(text)) return `UPDATE${on || ' a table'}`;
  if (/^DELETE /i.test(text)) return `DELETE from${on || ' a table'}`;
  if (/^SELECT /i.test(text)) return `SELECT from${on || ' a table'}`;
  if (/^LOCK /i.test(text)) return `LOCK${on || ' a table'} (UPDATE, DELETE or TRUNCATE rights)`;
  if (/^(ALTER|DROP) (TABLE|INDEX)/i.test(text)) return `own${on ? ` table${on}` : ' the table'} (ALTER/DROP need ownership)`;
  if (/^CREATE SCHEMA/i.test(text)) return 'CREATE on the database (to create a schema)';
  if (/^CREATE/i.test(text)) return 'CREATE on the schema';
  return undefined;
}

/** The DatabaseError for a driver error, or the error itself when it is already named. */
export function nameDatabaseError(error: unknown, context: ErrorContext): Error {
  if (error instanceof RuntimeError) return error;
  const driver = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  const code = driver.code;
  const message = firstLine(driver.message ?? String(error));
  const make = (kind: DatabaseErrorKind, text: string): DatabaseError => new DatabaseError(text, kind, code, { cause: error });

  if ((code !== undefined && LOST_CONNECTION_CODES.has(code)) || LOST_CONNECTION_MESSAGE.test(message)) {
    const reason = code === '57P01' ? `the server ended this session: ${message}` : code === '25P03' ? `idle in transaction too long: ${message}` : message;
    if (context.duringCommit) {
      return make(
        'lost-connection',
        `lost the connection to ${context.target} while committing (${reason}); the change may or may not have been committed — look with \`echoes-universe stats\` before running it again`,
      );
    }
    return make('lost-connection', `lost the connection to ${context.target} (${reason}); ${NOTHING_CHANGED} — check the server and run the command again`);
  }
  switch (code) {
    case '57014':
      if (/statement timeout/i.test(message)) {
        return make(
          'statement-timeout',
          `a statement ran longer than the server's statement_timeout (${message}); ${NOTHING_CHANGED} — raise statement_timeout for this role or database (e.g. ALTER ROLE … SET statement_timeout = 0)`,
        );
      }
      return make('cancelled', `a statement was cancelled by the server or an administrator (${message}); ${NOTHING_CHANGED}`);
    case '55P03':
      return make(
        'lock-timeout',
        `timed out waiting for a lock (${message}); ${NOTHING_CHANGED} — another session holds the tables; run the command again when it ends`,
      );
    case '40P01':
      return make('deadlock', `deadlock with another session (${message}); PostgreSQL cancelled this transaction: ${NOTHING_CHANGED} — run the command again`);
    case '40001':
      return make('serialization', `a concurrent transaction conflicted with this one (${message}); ${NOTHING_CHANGED} — run the command again`);
    case '42501': {
      const role = context.role ? `role "${context.role}"` : 'database role';
      // PostgreSQL names the object in the message ("permission denied for table anomalies",
      // "must be owner of table anomalies"), not in a field.
      const table = driver.table ?? /\b(?:for|of) (?:table|relation) "?([\w.]+)"?/.exec(message)?.[1];
      const right = neededRight(context.statement, table);
      const what = right ? ` needs the right to ${right}` : ' lacks a privilege';
      return make('privilege', `the ${role}${what} (${message}); ${NOTHING_CHANGED} — grant it, or see "Rights" in the README`);
    }
    case '25006':
      return make(
        'read-only',
        `${context.target} accepts no writes (${message}: a hot standby, or default_transaction_read_only is on); ${NOTHING_CHANGED} — point --database-url at the primary server`,
      );
    case '53100':
      return make('resources', `the database server's disk is full (${message}); ${NOTHING_CHANGED} — free space and run the command again`);
    case '53200':
      return make('resources', `the database server ran out of memory (${message}); ${NOTHING_CHANGED}`);
    case '53300':
      return make('resources', `the database server has no free connection slots (${message}); nothing was changed — try again later`);
    default:
      break;
  }
  if (/^Aborted\(|RuntimeError: (unreachable|memory access)/.test(message) || /^Aborted\(/.test(String(error))) {
    return make(
      'embedded-abort',
      `the embedded database stopped unexpectedly (PGlite aborted); nothing was committed — if it happens again, its data dir may be damaged`,
    );
  }
  return error instanceof Error ? error : new Error(message);
}
