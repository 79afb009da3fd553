// Reads a dry-run JSON file (PRODUCT.md R2) back into tables for stats, verify, map and route.
// Anything that is not such a file — missing, unreadable, not JSON, without `meta` or a table
// array, rows with missing columns or values of the wrong type, counts that do not match the
// rows — is refused with a UsageError of one sentence (exit 2), so the tools never crash on
// it. Constraint-level problems (ranges, lengths, uniqueness, references) are left to verify.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { UNIVERSE_TABLES } from '../db/schema/registry.js';
import type { UniverseTable, UniverseTables } from '../universe/rows.js';
import { columnEntries, columnValueProblem } from './columns.js';

export interface UniverseMeta {
  generator: string;
  version: string;
  seed: string;
  preset: string;
  /** The full resolved generation parameters. */
  config: Record<string, unknown>;
  /** Reference time of time-dependent fields, ISO 8601 UTC. */
  epoch: string;
  /** sha256 of the universe rows, hex. */
  fingerprint: string;
  /** Rows per table. */
  counts: Record<UniverseTable, number>;
}

const META_STRING_FIELDS = ['generator', 'version', 'seed', 'preset', 'epoch', 'fingerprint'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read "${path}": ${reason}; give a file written by \`echoes-universe generate --dry-run --out <file.json>\``);
  }
}

function parseMeta(path: string, meta: unknown): UniverseMeta {
  const notDryRun = (what: string): UsageError => new UsageError(`"${path}" is not a dry-run universe: ${what}`);
  if (!isRecord(meta)) throw notDryRun('it has no "meta" object');
  for (const field of META_STRING_FIELDS) {
    if (typeof meta[field] !== 'string') throw notDryRun(`meta.${field} is missing or not a string`);
  }
  if (!isRecord(meta.config)) throw notDryRun('meta.config is missing or not an object');
  const counts = meta.counts;
  if (!isRecord(counts)) throw notDryRun('meta.counts is missing or not an object');
  for (const table of UNIVERSE_TABLES) {
    if (!Number.isInteger(counts[table])) throw notDryRun(`meta.counts.${table} is missing or not an integer`);
  }
  return meta as unknown as UniverseMeta;
}

function checkRows(path: string, table: UniverseTable, rows: unknown, expectedCount: number): void {
  const invalid = (what: string): UsageError => new UsageError(`"${path}" is not a valid dry-run universe: ${what}`);
  if (!Array.isArray(rows)) throw invalid(`"${table}" is missing or not an array`);
  if (rows.length !== expectedCount) throw invalid(`meta.counts.${table} says ${expectedCount} rows but the file holds ${rows.length} (truncated or edited?)`);
  const columns = columnEntries(table);
  rows.forEach((row: unknown, index) => {
    if (!isRecord(row)) throw invalid(`${table}[${index}] is not an object`);
    for (const [column, spec] of columns) {
      if (!(column in row)) throw invalid(`${table}[${index}] has no "${column}"`);
      const problem = columnValueProblem(row[column], spec, false);
      if (problem) throw invalid(`${table}[${index}].${column} ${problem}`);
    }
  });
}

/** Parses the text of a dry-run file; `path` only names it in messages. */
export function parseUniverseJson(path: string, text: string): { meta: UniverseMeta; tables: UniverseTables } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`"${path}" is not valid JSON (${(error as Error).message}); give a file written by \`echoes-universe generate --dry-run\``);
  }
  if (!isRecord(document)) throw new UsageError(`"${path}" is not a dry-run universe: it holds no JSON object`);
  const meta = parseMeta(path, document.meta);
  for (const table of UNIVERSE_TABLES) checkRows(path, table, document[table], meta.counts[table]);
  const tables = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, document[table]])) as UniverseTables;
  return { meta, tables };
}

export async function readUniverseFile(path: string): Promise<{ meta: UniverseMeta; tables: UniverseTables }> {
  return parseUniverseJson(path, await readText(path));
}
