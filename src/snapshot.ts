// Build-time snapshots: data the build derives once (from the Drizzle schema, from zod-validated
// presets) and writes beside the compiled modules, so start-up can read it instead of loading the
// libraries that derive it. A snapshot records a sha256 of the files it was derived from and is
// used only while those files hash the same; otherwise (or when it is missing, as when running
// from the TypeScript sources) the caller derives the data as before.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Snapshot<T> {
  sourcesSha256: string;
  data: T;
}

/** sha256 over the files' names and bytes, in order (null when one is missing). */
export function sourcesSha256(files: readonly URL[]): string | null {
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(file)) return null;
    hash.update(`${file.pathname.split('/').slice(-2).join('/')}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The data of the snapshot at `url` when it was made from sources hashing to `sha256`, else null. */
export function readSnapshot<T>(url: URL, sha256: string | null): T | null {
  try {
    if (sha256 === null || !existsSync(url)) return null;
    const snapshot = JSON.parse(readFileSync(url, 'utf8')) as Snapshot<T>;
    return snapshot.sourcesSha256 === sha256 ? snapshot.data : null;
  } catch {
    return null;
  }
}

/** Writes a snapshot atomically (a build killed mid-way leaves the old one or none). */
export function writeSnapshot(url: URL, sha256: string | null, data: unknown): void {
  if (sha256 === null) throw new Error(`the snapshot ${url.pathname} is made from the compiled modules; run the build`);
  const path = fileURLToPath(url);
  writeFileSync(`${path}.tmp`, JSON.stringify({ sourcesSha256: sha256, data } satisfies Snapshot<unknown>) + '\n');
  renameSync(`${path}.tmp`, path);
}
