// What a load or wipe says on stderr while it waits for others and when it must take the slower
// path: the advisory lock of another echoes-universe, the table locks held by the game's sessions
// (who, for how long — src/db/locking.ts), and a role that may not rebuild indexes (not the
// tables' owner). Shared by generate and wipe.
import { describeHolders, type LockHolder } from '../db/locking.js';

/**
 * How much longer the DML-only path takes than the bulk path, measured on the development machine
 * (eve into PostgreSQL, the load with its indexes kept against the one that rebuilds them).
 */
export const DML_ONLY_SLOWDOWN = 'about 1.4× as long for an eve-sized universe';

export interface LockMessages {
  onWaitingForLock: () => void;
  onWaitingForTables: (holders: LockHolder[], waitedSeconds: number) => void;
  onDmlOnly: (role: string) => void;
  onBulkStarved: (waitedSeconds: number) => void;
}

/** The messages, each printed as one line by `say` (the progress display's note, so a spinner is not torn). */
export function lockMessages(say: (line: string) => void): LockMessages {
  return {
    onWaitingForLock: () => say('another echoes-universe is writing this database; waiting for it to finish…'),
    onWaitingForTables: (holders, waitedSeconds) =>
      say(`waiting ${waitedSeconds} s for the universe tables, held by ${describeHolders(holders)}…`),
    onDmlOnly: (role) =>
      say(
        `role "${role}" does not own the universe tables, so the load keeps their indexes and constraints in place instead of rebuilding them (no DDL needed; ${DML_ONLY_SLOWDOWN})`,
      ),
    onBulkStarved: (waitedSeconds) =>
      say(
        `the game's sessions kept the universe tables in use for ${waitedSeconds} s without a pause, so the load keeps their indexes and constraints in place instead of taking them exclusively (readers are never blocked; ${DML_ONLY_SLOWDOWN})`,
      ),
  };
}
