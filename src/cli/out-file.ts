// Writing an output file (--out). A regular file (or a new one) is written atomically: into a
// temporary file beside it, renamed over the target only when complete, so a failed run never
// leaves a half-written file (or clobbers a good one). What is not a regular file is never
// replaced (R9): a symbolic link is followed and its target written (atomically, when that is a
// regular file), so the link stays a link; a FIFO or a device (/dev/stdout, a named pipe, a tty)
// is opened and written directly, as a shell redirection would. A directory or a socket is refused.
import { chmodSync, createWriteStream, lstatSync, openSync, readlinkSync, renameSync, rmSync, statSync, type Stats, type WriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RuntimeError, UsageError } from '../errors.js';

export interface PendingFile {
  stream: WriteStream;
  /** Flushes, closes and (for a regular file) moves the file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file (a FIFO or device has already received what was written). */
  abandon(): void;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'its directory does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENXIO':
      return 'it is a socket or a device with nothing behind it';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return code ?? 'error';
  }
}

function fsError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** Links are followed at most this many times (the kernel's own limit is 40). */
const MAX_LINK_DEPTH = 40;

interface OutTarget {
  /** The path finally written: `path` itself, or the end of its chain of symbolic links. */
  path: string;
  /** What is there now (undefined: nothing yet, it will be created). */
  stats: Stats | undefined;
}

/** Follows symbolic links (even dangling ones: the link's target is created) to what is written. */
function resolveTarget(path: string): OutTarget {
  let current = resolve(path);
  for (let depth = 0; depth <= MAX_LINK_DEPTH; depth++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return { path: current, stats: undefined };
      throw error;
    }
    if (!stats.isSymbolicLink()) return { path: current, stats };
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw fsError('ELOOP');
}

/** Checks that `path` can be written, without creating or opening anything; returns the path written. */
export function checkOutPath(path: string, optionName = '--out'): OutTarget {
  if (path.trim() === '') throw new UsageError(`${optionName} is empty; give a file name (or leave ${optionName} out for stdout)`);
  try {
    const target = resolveTarget(path);
    if (target.stats?.isDirectory()) throw fsError('EISDIR');
    if (target.stats?.isSocket()) throw fsError('ENXIO');
    // A new file needs an existing directory (a missing one is the common mistake).
    if (!target.stats && !statSync(dirname(target.path)).isDirectory()) throw fsError('ENOENT');
    return target;
  } catch (error) {
    throw new UsageError(`cannot write ${optionName} ${path} (${describeFsError(error)}); choose a writable path`);
  }
}

/** A FIFO or device: opened (asynchronously — a FIFO waits for its reader) and written as it is. */
function openDirect(path: string, displayPath: string): PendingFile {
  const stream = createWriteStream(path, { flags: 'w' });
  let failure: Error | undefined;
  stream.on('error', (error) => (failure ??= error));
  return {
    stream,
    commit: () =>
      new Promise<void>((resolveDone, reject) => {
        if (failure) {
          reject(new RuntimeError(`cannot write ${displayPath} (${describeFsError(failure)})`, { cause: failure }));
          return;
        }
        stream.end((error?: Error | null) => {
          if (error) reject(new RuntimeError(`cannot write ${displayPath} (${describeFsError(error)})`, { cause: error }));
          else resolveDone();
        });
      }),
    abandon() {
      stream.destroy();
    },
  };
}

function openAtomic(target: OutTarget, displayPath: string, optionName: string): PendingFile {
  const temporaryPath = `${target.path}.partial-${process.pid}`;
  let fd: number;
  try {
    // 'wx': a stale temporary of a crashed run with a reused pid is not followed if it is a link.
    rmSync(temporaryPath, { force: true });
    fd = openSync(temporaryPath, 'wx', target.stats ? target.stats.mode & 0o777 : 0o666);
    // An existing file keeps its permissions (openSync's mode is filtered by the umask).
    if (target.stats) chmodSync(temporaryPath, target.stats.mode & 0o777);
  } catch (error) {
    throw new UsageError(`cannot write ${optionName} ${displayPath} (${describeFsError(error)}); choose a writable path`);
  }
  const stream = createWriteStream('', { fd });
  return {
    stream,
    commit: () =>
      new Promise<void>((resolveDone, reject) => {
        stream.end((error?: Error | null) => {
          // A failed write (disk full, I/O error) must never be renamed over the target.
          if (error) {
            rmSync(temporaryPath, { force: true });
            reject(new RuntimeError(`cannot write ${displayPath} (${describeFsError(error)})`, { cause: error }));
            return;
          }
          try {
            renameSync(temporaryPath, target.path);
            resolveDone();
          } catch (error) {
            rmSync(temporaryPath, { force: true });
            reject(new RuntimeError(`cannot write ${displayPath} (${describeFsError(error)})`, { cause: error }));
          }
        });
      }),
    abandon() {
      stream.destroy();
      rmSync(temporaryPath, { force: true });
    },
  };
}

export function openOutFile(path: string, optionName = '--out'): PendingFile {
  const target = checkOutPath(path, optionName);
  if (target.stats && !target.stats.isFile()) return openDirect(target.path, path);
  return openAtomic(target, path, optionName);
}

/** Writes a whole buffer or string to `path` (atomically when it is a regular file). */
export async function writeOutFile(path: string, content: string | Buffer, optionName = '--out'): Promise<void> {
  const file = openOutFile(path, optionName);
  try {
    file.stream.write(content);
    await file.commit();
  } catch (error) {
    file.abandon();
    throw error;
  }
}
