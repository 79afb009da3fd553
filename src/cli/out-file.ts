// Writing an output file atomically: into a temporary file beside it, renamed over the target
// only when complete, so a failed run never leaves a half-written file (or clobbers a good one).
import { createWriteStream, existsSync, openSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { RuntimeError, UsageError } from '../errors.js';

export interface PendingFile {
  stream: WriteStream;
  /** Flushes, closes and moves the file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file. */
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
    default:
      return code ?? 'error';
  }
}

export function openOutFile(path: string, optionName = '--out'): PendingFile {
  const temporaryPath = `${path}.partial-${process.pid}`;
  let fd: number;
  try {
    // Fail before any work if the target cannot be written (nothing is created at `path` yet).
    if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    fd = openSync(temporaryPath, 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${optionName} ${path} (${describeFsError(error)}); choose a writable path`);
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
            reject(new RuntimeError(`cannot write ${path} (${describeFsError(error)})`));
            return;
          }
          try {
            renameSync(temporaryPath, path);
            resolveDone();
          } catch (error) {
            reject(error);
          }
        });
      }),
    abandon() {
      stream.destroy();
      rmSync(temporaryPath, { force: true });
    },
  };
}

/** Writes a whole buffer or string to `path` atomically. */
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
