// A new embedded database starts from a pre-initialised data directory instead of running
// PGlite's initdb. initdb is the costliest thing the embedded path does: measured here with
// PGlite 0.5.16, a new data dir through initdb peaks at ≈ 890 MB RSS, one unpacked from this
// template at ≈ 300 MB (opening an existing dir costs the same), and it is several times faster.
//
// The template is the data dir of a freshly initialised PGlite, exactly as its initdb leaves it
// (no schema: migrations still run, and report what they applied), packed by
// build-template.ts at `npm run build` as a gzipped ustar archive under
// dist/pglite-template/, together with the PGlite version it was made by. It is used only when
// that version is the installed one (a data dir belongs to the PostgreSQL build that made it);
// otherwise, or when the template is missing, PGlite's own initdb runs as before.
//
// A directory is unpacked beside its destination and renamed into place, so a process killed
// mid-way never leaves a half-written database where the next run would open it.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

// From src/db/pglite/ (vitest) and dist/db/pglite/ alike, the template lives in <package>/dist/pglite-template/.
export const TEMPLATE_DIR = fileURLToPath(new URL('../../../dist/pglite-template/', import.meta.url));
export const TEMPLATE_ARCHIVE = join(TEMPLATE_DIR, 'pgdata.tar.gz');
export const TEMPLATE_INFO = join(TEMPLATE_DIR, 'template.json');

export interface TemplateInfo {
  /** Version of @electric-sql/pglite whose initdb made the template. */
  pgliteVersion: string;
}

/** The installed PGlite's version, from its package.json (found through the module resolver). */
export function installedPgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  // The entry point is <package>/dist/index.js.
  const packageJson = join(dirname(dirname(entry)), 'package.json');
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The template archive when it exists and was made by the installed PGlite, else null. */
export function usableTemplate(): string | null {
  try {
    const info = JSON.parse(readFileSync(TEMPLATE_INFO, 'utf8')) as TemplateInfo;
    if (info.pgliteVersion !== installedPgliteVersion()) return null;
    readdirSync(TEMPLATE_DIR); // the archive's directory is readable
    return TEMPLATE_ARCHIVE;
  } catch {
    return null;
  }
}

/** The template as one Blob (PGlite's `loadDataDir`, for in-memory databases). */
export function templateBlob(): Blob | null {
  const archive = usableTemplate();
  if (!archive) return null;
  try {
    return new Blob([readFileSync(archive)]);
  } catch {
    return null;
  }
}

const BLOCK = 512;

function readString(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readOctal(header: Buffer, start: number, length: number): number {
  const text = readString(header, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/**
 * Unpacks a ustar archive (regular files and directories only, the two kinds a data dir holds)
 * under `root`. Entry names are taken relative to `root`; one that would leave it is refused.
 */
export function unpackTar(archive: Buffer, root: string): void {
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break; // end-of-archive marker
    const name = [readString(header, 345, 155), readString(header, 0, 100)].filter(Boolean).join('/');
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const relative = normalize(name.replace(/^\/+/, ''));
    if (relative === '..' || relative.startsWith(`..${sep}`)) throw new Error(`template entry ${name} leaves the data directory`);
    const target = join(root, relative);
    offset += BLOCK;
    if (type === '5') {
      mkdirSync(target, { recursive: true, mode: 0o700 });
    } else if (type === '0') {
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      writeFileSync(target, archive.subarray(offset, offset + size), { mode: 0o600 });
    } else {
      throw new Error(`template entry ${name} is neither a file nor a directory (type ${type})`);
    }
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
}

/**
 * Fills the empty directory `location` with the template's data dir; returns false (leaving the
 * directory as it was) when there is no usable template or the directory is not empty.
 */
export function restoreTemplate(location: string): boolean {
  if (readdirSync(location).length > 0) return false;
  const archive = usableTemplate();
  if (!archive) return false;
  const staging = `${location}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { mode: 0o700 });
    unpackTar(gunzipSync(readFileSync(archive)), staging);
    rmdirSync(location); // empty, checked above; the rename then puts the whole dir in its place
    renameSync(staging, location);
    return true;
  } catch {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(location, { recursive: true });
    return false;
  }
}
