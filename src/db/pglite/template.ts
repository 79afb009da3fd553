// A new embedded database starts from a pre-initialised, pre-migrated data directory instead of
// running PGlite's initdb and then the migrations. initdb is the costliest thing the embedded path
// does: measured here with PGlite 0.5.16, a new data dir through initdb peaks at ≈ 890 MB RSS, one
// unpacked from this template at ≈ 300 MB (opening an existing dir costs the same), and it is
// several times faster; the migrations (drizzle/ and the reference rows) then cost ≈ 0.9 s more.
//
// The template is the data dir of a freshly initialised PGlite after the project's own migrate
// (db/migrate.ts: drizzle's bookkeeping and the reference rows exactly as a migrate run makes
// them), checkpointed, packed by build-template.ts at `npm run build` as a gzipped ustar archive
// under dist/pglite-template/, with template.json saying what it holds: the PGlite version, the
// migrations (tag and sha256 of the SQL, drizzle's own hash) and a sha256 of the reference files.
// It is used only when
//   - that version is the installed one (a data dir belongs to the PostgreSQL build that made it),
//   - its migrations are the first ones on disk, unchanged (a migration added since is applied by
//     migrate, as on any older database; one edited or removed since would leave a stale schema),
//   - the reference files are the ones it was made from (migrate adds missing rows, not changed ones);
// otherwise, or when the template is missing, PGlite's own initdb runs and migrate does the rest.
// The connection hands what the database was created with to the first migrate, which reports it
// (db/migrate.ts): a new database still says which schema it has.
//
// A directory is unpacked beside its destination and renamed into place, so a process killed
// mid-way never leaves a half-written database where the next run would open it.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CreatedFromTemplate } from '../database.js';
import { readMigrations, referenceDataSha256 } from '../migrate.js';
import { distFile } from '../../package-root.js';

// From src/ (vitest), dist/ and the CLI's bundle alike, the template lives in <package>/dist/pglite-template/.
export const TEMPLATE_DIR = fileURLToPath(distFile('pglite-template/'));
export const TEMPLATE_ARCHIVE = join(TEMPLATE_DIR, 'pgdata.tar.gz');
export const TEMPLATE_INFO = join(TEMPLATE_DIR, 'template.json');

/** A migration as the template records it: drizzle's tag and its bookkeeping hash (sha256 of the SQL). */
export interface TemplateMigration {
  tag: string;
  hash: string;
}

/** What the schema files on disk (drizzle/, seeds/reference/) say a database should hold. */
export interface SchemaSources {
  migrations: TemplateMigration[];
  referenceSha256: string;
}

export interface TemplateInfo extends SchemaSources {
  /** Version of @electric-sql/pglite whose initdb made the template. */
  pgliteVersion: string;
  /** Reference rows the template holds (what its migrate inserted). */
  referenceRows: number;
}

/** The installed PGlite's version, from its package.json (found through the module resolver). */
export function installedPgliteVersion(): string {
  // createRequire rather than import.meta.resolve, which vitest's module runner lacks (there the
  // template silently went unused and every test database ran initdb).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  // The entry point is <package>/dist/index.cjs.
  const packageJson = join(dirname(dirname(entry)), 'package.json');
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The migrations and reference data shipped beside this module (read and hashed: a few ms). */
export function schemaSources(): SchemaSources {
  return {
    migrations: readMigrations().map(({ tag, hash }) => ({ tag, hash })),
    referenceSha256: referenceDataSha256(),
  };
}

/**
 * How a template relates to the installed PGlite and the schema sources: `current` when it holds
 * exactly them, `older` when it lacks only migrations added since (migrate applies them), null
 * when it must not be used (another PGlite, a migration changed or removed, other reference data).
 */
export function templateFit(info: TemplateInfo, pgliteVersion: string, sources: SchemaSources): 'current' | 'older' | null {
  if (info.pgliteVersion !== pgliteVersion || info.referenceSha256 !== sources.referenceSha256) return null;
  if (!Array.isArray(info.migrations) || info.migrations.length > sources.migrations.length) return null;
  const leading = info.migrations.every((held, index) => held.tag === sources.migrations[index].tag && held.hash === sources.migrations[index].hash);
  if (!leading) return null;
  return info.migrations.length === sources.migrations.length ? 'current' : 'older';
}

export interface UsableTemplate {
  archive: string;
  info: TemplateInfo;
  fit: 'current' | 'older';
}

/** The template when it exists and fits the installed PGlite and schema sources (templateFit), else null. */
export function usableTemplate(): UsableTemplate | null {
  try {
    const info = JSON.parse(readFileSync(TEMPLATE_INFO, 'utf8')) as TemplateInfo;
    const fit = templateFit(info, installedPgliteVersion(), schemaSources());
    if (!fit) return null;
    readdirSync(TEMPLATE_DIR); // the archive's directory is readable
    return { archive: TEMPLATE_ARCHIVE, info, fit };
  } catch {
    return null;
  }
}

/** What a database made from this template holds from birth (for migrate's report). */
export function createdFrom(info: TemplateInfo): CreatedFromTemplate {
  return { migrations: info.migrations.map((migration) => migration.tag), referenceRows: info.referenceRows };
}

/** The template as one Blob (PGlite's `loadDataDir`, for in-memory databases), with what it holds. */
export function templateBlob(): { blob: Blob; created: CreatedFromTemplate } | null {
  const template = usableTemplate();
  if (!template) return null;
  try {
    return { blob: new Blob([readFileSync(template.archive)]), created: createdFrom(template.info) };
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
 * Fills the empty directory `location` with the template's data dir and says what it holds;
 * returns null (leaving the directory as it was) when there is no usable template or the
 * directory is not empty.
 */
export function restoreTemplate(location: string): CreatedFromTemplate | null {
  if (readdirSync(location).length > 0) return null;
  const template = usableTemplate();
  if (!template) return null;
  const staging = `${location}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { mode: 0o700 });
    unpackTar(gunzipSync(readFileSync(template.archive)), staging);
    rmdirSync(location); // empty, checked above; the rename then puts the whole dir in its place
    renameSync(staging, location);
    return createdFrom(template.info);
  } catch {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(location, { recursive: true });
    return null;
  }
}
