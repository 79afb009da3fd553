// One process at a time per embedded data directory. PGlite takes no lock of its own, and two
// processes opening the same directory corrupt it; an advisory lock cannot help, because each
// process runs its own database.
//
// The lock is a directory beside the data directory (`<dir>.lock/`) in which every process that
// wants the data directory announces itself with a claim file of its own, `<pid>-<random>`,
// and then looks at the other claims: it proceeds only when no other claim belongs to a live
// process. This "announce, then look" order makes the lock safe without any takeover step: of
// two processes, the one that announces second always sees the first one's claim, so they can
// never both proceed. A claim whose process is gone (kill -9, crash) is simply ignored and
// removed; no process ever removes a claim that could belong to a live one, because a claim's
// name carries a random part that only its owner knows in advance. (The previous design, a
// single `<dir>.lock` file taken over by deleting it, let two processes that both found a stale
// lock delete each other's fresh one.) When two processes announce at the same moment, both see
// each other and step back; each retries after a random pause, so one of them wins.
import { randomBytes, randomInt } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuntimeError } from '../../errors.js';

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The pid a claim file's name starts with (NaN for a name that is not a claim). */
function claimPid(name: string): number {
  const match = /^(\d+)-[0-9a-f]+$/.exec(name);
  return match ? Number(match[1]) : Number.NaN;
}

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Tries of "announce, then look" before giving up when claims collide. */
const ATTEMPTS = 6;

function lockError(directory: string, error: unknown): RuntimeError {
  const code = (error as { code?: string }).code ?? 'error';
  return new RuntimeError(
    { option: 'dataDir', say: (name) => `cannot lock the embedded database at ${directory} (${code}); choose a ${name} in a writable directory` },
    { cause: error },
  );
}

/**
 * A `<dir>.lock` left by an earlier version of this tool is a file holding its owner's pid:
 * refused while that process lives; otherwise removed (rmSync never removes the directory a
 * newer process may have made there meanwhile).
 */
function retireLegacyLockFile(lockPath: string, directory: string): void {
  let isFile: boolean;
  try {
    isFile = lstatSync(lockPath).isFile();
  } catch {
    return;
  }
  if (!isFile) return;
  const owner = Number(readFileSync(lockPath, 'utf8').trim());
  if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
    throw new RuntimeError(`another echoes-universe (pid ${owner}) is using the embedded database at ${directory}; wait for it to finish`);
  }
  rmSync(lockPath, { force: true });
}

/** Takes the lock of `directory`; returns its release. Throws when a live process holds it. */
export function lockDirectory(directory: string): () => void {
  const lockPath = `${directory}.lock`;
  try {
    retireLegacyLockFile(lockPath, directory);
  } catch (error) {
    if (error instanceof RuntimeError) throw error;
    throw lockError(directory, error);
  }
  let otherOwner = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const claim = join(lockPath, `${process.pid}-${randomBytes(8).toString('hex')}`);
    try {
      mkdirSync(lockPath, { recursive: true, mode: 0o700 });
      writeFileSync(claim, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // The last owner removed the (empty) lock directory between our mkdir and our claim: again.
      if ((error as { code?: string }).code === 'ENOENT') continue;
      throw lockError(directory, error);
    }
    otherOwner = 0;
    for (const name of readdirSync(lockPath)) {
      const pid = claimPid(name);
      if (join(lockPath, name) === claim || Number.isNaN(pid)) continue;
      if (pid !== process.pid && !isRunning(pid)) {
        rmSync(join(lockPath, name), { force: true }); // its process is gone: a stale claim
        continue;
      }
      otherOwner = pid;
    }
    if (otherOwner === 0) {
      return () => {
        rmSync(claim, { force: true });
        // Tidy: the directory goes when no claim is left (rmdir refuses a non-empty one).
        try {
          rmdirSync(lockPath);
        } catch {
          // another process has announced itself meanwhile: its directory now
        }
      };
    }
    rmSync(claim, { force: true }); // step back, then look again after a random pause
    sleepSync(20 + randomInt(80) * (attempt + 1));
  }
  if (otherOwner === 0) throw new RuntimeError(`cannot lock the embedded database at ${directory}; it is being locked and unlocked too quickly, try again`);
  throw new RuntimeError(
    `another echoes-universe (pid ${otherOwner}) is using the embedded database at ${directory}; wait for it to finish (if pid ${otherOwner} is not an echoes-universe, remove ${lockPath})`,
  );
}
