// Where the read-only tools (stats, verify, map, route) find a universe: a dry-run file
// (--input), a seed generated in memory (--seed/--preset/--config), or the target database.
// A file or a seed also yields the parameters the universe was generated with (and its epoch),
// so verify judges it by its own parameters and map marks its own starter system; a database
// holds no parameters: the defaults apply unless --config/--epoch say what it was generated with.
// Reading never creates anything: an embedded data directory that holds no database yet is
// refused (exit 1) rather than initialised, which would also cost seconds.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { RuntimeError, UsageError } from '../errors.js';
import { resolveParams } from '../config/params.js';
import { connect } from '../db/connect.js';
import { readUniverseFromDb } from '../db/read.js';
import { readUniverseFile } from '../format/json-read.js';
import type { VerifyOptions } from '../inspect/verify.js';
import { generateTables } from '../universe/generate.js';
import type { UniverseTables } from '../universe/rows.js';
import {
  addDatabaseOptions,
  addUniverseOptions,
  databaseTarget,
  parseScale,
  readConfigFile,
  resolveUniverseInput,
  type DatabaseOptions,
  type UniverseOptions,
} from './options.js';
import { parseEpoch } from '../config/epoch.js';

export interface SourceOptions extends DatabaseOptions, UniverseOptions {
  input?: string;
}

export interface UniverseSource {
  tables: UniverseTables;
  /** Where the universe came from, for messages ("dry-run file u.json", "seed 42 (tiny)", the database). */
  description: string;
  /** The resolved generation parameters (a dry-run file's meta.config, a seed's params, a database's --config). */
  config?: unknown;
  /** The generation epoch (ISO time), when known. */
  epoch?: string;
  /** The seed and preset it was generated from, when known (a database does not record them). */
  seed?: string;
  preset?: string;
}

export const EMPTY_DATABASE_MESSAGE = 'the database holds no universe; run `echoes-universe generate` first';

export function addSourceOptions(command: Command): Command {
  command.option('--input <file.json>', 'read a dry-run JSON file instead of the database');
  addUniverseOptions(command, 'generate this seed in memory instead of reading a universe (omitted: read the database, or --input)');
  return addDatabaseOptions(command);
}

export async function readUniverseSource(options: SourceOptions): Promise<UniverseSource> {
  if (options.input !== undefined) {
    if (options.seed !== undefined || options.config !== undefined) {
      throw new UsageError('--input reads a universe with its own seed and parameters; leave out --seed and --config (or --input)');
    }
    const { meta, tables } = await readUniverseFile(options.input);
    return { tables, description: `dry-run file ${options.input}`, config: meta.config, epoch: meta.epoch, seed: meta.seed, preset: meta.preset };
  }
  if (options.seed !== undefined) {
    const input = resolveUniverseInput(options);
    return { tables: generateTables(input), description: `seed ${input.seed} (${input.preset})`, config: input.params, epoch: input.epoch, seed: input.seed, preset: input.preset };
  }
  // A database keeps no generation parameters: --config (with --preset and --scale) and --epoch
  // say what it was generated with, validated before connecting.
  const config = options.config === undefined ? undefined : resolveParams(options.preset, readConfigFile(options.config), parseScale(options.scale));
  const epoch = options.epoch === undefined ? undefined : parseEpoch(options.epoch);
  const target = databaseTarget(options);
  if (target.dataDir !== undefined && !target.dataDir.startsWith('memory://') && !existsSync(join(target.dataDir, 'PG_VERSION'))) {
    throw new RuntimeError(
      `no embedded database at ${resolve(target.dataDir)}; run \`echoes-universe migrate\` (or generate) with this --data-dir first, or read a file with --input`,
    );
  }
  const db = await connect(target);
  try {
    const tables = await db.transaction((tx) => readUniverseFromDb(tx), { readOnlySnapshot: true });
    // One answer from every tool for a wiped (or never loaded) database, rather than "0 rows" from
    // stats and a missing starter region from verify.
    if (tables.regions.length === 0 && tables.solar_systems.length === 0) throw new RuntimeError(EMPTY_DATABASE_MESSAGE);
    return { tables, description: db.description, config, epoch };
  } finally {
    await db.close();
  }
}

/** What verify expects of the source's universe: its own parameters when known, else the defaults. */
export async function sourceVerifyOptions(source: UniverseSource): Promise<VerifyOptions> {
  // Loaded on demand: the checker is only needed by verify and map, not by every start-up.
  const { verifyOptionsFromConfig } = await import('../inspect/verify.js');
  if (source.config !== undefined) return verifyOptionsFromConfig(source.config, source.epoch);
  return source.epoch === undefined ? {} : { epoch: source.epoch };
}

/** For tools with nothing to show without systems (map, route): a database that holds no universe is an error. */
export function requireSystems(source: UniverseSource): UniverseSource {
  if (source.tables.solar_systems.length === 0) {
    throw new RuntimeError(`${source.description} holds no universe (no solar systems); run \`echoes-universe generate\` first`);
  }
  return source;
}
