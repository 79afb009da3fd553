// The embedded database's data directory on disk: what may be opened, who may read it, and what
// to say when PGlite cannot open it.
//   - A directory that holds files but no database (no PG_VERSION) is refused: PGlite would
//     silently initialise a database among someone's files.
//   - The data is private to its owner, as PostgreSQL's own data directory is: directories 0700,
//     files 0600 (less whatever the umask takes away). PGlite writes its files 0666 whatever the
//     umask, so the directory is made 0700 when opened and every file 0600 when closed.
//   - PGlite's own failures ("Aborted(). Build with -sASSERTIONS", "PGlite failed to initialize
//     properly") become one sentence: the directory is read-only, or it is damaged.
import { accessSync, chmodSync, constants, existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RuntimeError, type OptionProblem } from '../../errors.js';

/** The umask of this process, read without changing it for longer than the call. */
function currentUmask(): number {
  const mask = process.umask(0o022);
  process.umask(mask);
  return mask;
}

/** True when `directory` exists and holds a PGlite/PostgreSQL data directory. */
export function holdsDatabase(directory: string): boolean {
  return existsSync(join(directory, 'PG_VERSION'));
}

/** Refuses a non-empty directory that is not a database (before PGlite would initialise one there). */
export function assertDatabaseOrEmpty(directory: string): void {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return; // missing: it will be created; unreadable: PGlite's failure is described later
  }
  if (entries.length > 0 && !holdsDatabase(directory)) {
    const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    throw new RuntimeError({
      option: 'dataDir',
      say: (name) => `${directory} holds other files (${shown}) and no database; give ${name} an empty or new directory`,
    });
  }
}

/** Sets the data directory itself to 0700 (minus the umask): others cannot reach any file inside. */
export function restrictDirectoryMode(directory: string): void {
  try {
    chmodSync(directory, 0o700 & ~currentUmask());
  } catch {
    // not ours to change: PGlite reports a read-only directory itself
  }
}

/** Sets directories to 0700 and files to 0600 (minus the umask) under `directory`, quietly skipping what it cannot. */
export function restrictModes(directory: string): void {
  const umask = currentUmask();
  const dirMode = 0o700 & ~umask;
  const fileMode = 0o600 & ~umask;
  const walk = (path: string): void => {
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return;
    }
    if (stats.isSymbolicLink()) return;
    const wanted = stats.isDirectory() ? dirMode : fileMode;
    if ((stats.mode & 0o777) !== wanted) {
      try {
        chmodSync(path, wanted);
      } catch {
        return; // not ours to change (read-only or another owner): PGlite reports what matters
      }
    }
    if (stats.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) walk(join(path, name));
    }
  };
  walk(directory);
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** PGlite's own words for a failed start, which say nothing to a user. */
const PGLITE_ABORT = /Aborted\(|failed to initiali[sz]e|RuntimeError: unreachable|memory access out of bounds/i;

/** One sentence for a data directory PGlite could not open (naming the data-dir option where that helps). */
export function describeOpenFailure(directory: string, error: unknown): OptionProblem {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const hasDatabase = holdsDatabase(directory);
  const readOnly =
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    !isWritable(directory) ||
    (hasDatabase && (!isWritable(join(directory, 'global')) || !isWritable(join(directory, 'PG_VERSION'))));
  if (readOnly) {
    return { option: 'dataDir', say: (name) => `the embedded database at ${directory} is read-only (permission denied or a read-only file system); choose a writable ${name} or fix its permissions` };
  }
  if (hasDatabase) {
    return { option: 'dataDir', say: () => `the embedded database at ${directory} is damaged and cannot be opened; restore it from a backup, or remove the directory to start a new one` };
  }
  const reason = PGLITE_ABORT.test(message) ? 'PGlite stopped while creating it' : message.split('\n')[0];
  return { option: 'dataDir', say: (name) => `cannot create the embedded database at ${directory} (${reason}); choose another ${name}` };
}
