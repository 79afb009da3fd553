// One process at a time per embedded data directory. PGlite takes no lock of its own, and two
// processes opening the same directory corrupt it; an advisory lock cannot help, because each
// process runs its own database. The lock is a file beside the directory (`<dir>.lock`) holding the
// owner's pid; a lock whose owner is gone (killed, crashed) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { RuntimeError } from '../errors.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Takes the lock of `directory`; returns its release. Throws when a live process holds it. */
export function lockDirectory(directory: string): () => void {
  const lockPath = `${directory}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') {
        throw new RuntimeError(`cannot lock the embedded database at ${directory} (${(error as { code?: string }).code ?? 'error'})`, { cause: error });
      }
      let owner: number;
      try {
        owner = Number(readFileSync(lockPath, 'utf8'));
      } catch {
        continue; // released between our two looks: try again
      }
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new RuntimeError(`another echoes-universe (pid ${owner}) is using the embedded database at ${directory}; wait for it to finish`);
      }
      rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new RuntimeError(`cannot lock the embedded database at ${directory}; remove ${lockPath} if no echoes-universe is running`);
}
