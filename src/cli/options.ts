// Options shared by several commands, defined once, and their validation into typed values.
// Every check here throws UsageError (exit 2) with a sentence that names the option.
import { randomInt } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { PRESET_NAMES, resolveParams } from '../config/params.js';
import { MAX_CONFIG_FILE_BYTES, MAX_SCALE } from '../config/limits.js';
import { normalizeSeed } from '../config/seed.js';
import { parseEpoch } from '../config/epoch.js';
import { DEFAULT_DATA_DIR, type ConnectTarget } from '../db/connect.js';
import type { UniverseInput } from '../universe/generate.js';
import type { Output } from './output.js';

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
}

export interface UniverseOptions {
  seed?: string;
  preset?: string;
  config?: string;
  epoch?: string;
  scale?: string;
}

export interface CommonOptions {
  quiet?: boolean;
  verbose?: boolean;
  json?: boolean;
}

export function addDatabaseOptions(command: Command): Command {
  return command
    .option('--database-url <url>', 'PostgreSQL URL (default: env DATABASE_URL; neither → embedded database)')
    .option('--data-dir <dir>', 'directory of the embedded database', `./${DEFAULT_DATA_DIR}`);
}

/** --seed's help where a seed makes the universe (generate), the default. */
export const GENERATE_SEED_HELP = 'any string or integer (default: a random seed, printed so the run can be repeated)';

export function addUniverseOptions(command: Command, seedHelp = GENERATE_SEED_HELP): Command {
  return command
    .option('--seed <seed>', seedHelp)
    .addOption(new Option('--preset <name>', `universe size and shape: ${PRESET_NAMES.join(', ')}`).default('standard'))
    .option('--config <file.json>', 'JSON file overriding preset parameters (validated, unknown keys rejected)')
    .option('--scale <factor>', 'multiply the preset\'s number of regions and systems (e.g. 10 for ten times EVE)')
    .option('--epoch <iso-time>', 'reference time for expiry and completion times (default: now)');
}

export function addCommonOptions(command: Command, { json = true } = {}): Command {
  command.option('--quiet', 'no progress or messages on stderr').option('--verbose', 'show stack traces of unexpected errors');
  if (json) command.option('--json', 'machine-readable output on stdout');
  return command;
}

/** --database-url, else env DATABASE_URL, else the embedded database in --data-dir. */
export function databaseTarget(options: DatabaseOptions): ConnectTarget {
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (options.databaseUrl !== undefined && options.databaseUrl.trim() === '') {
    throw new UsageError('--database-url is empty; give a postgres:// URL or leave it out for the embedded database');
  }
  return databaseUrl ? { databaseUrl } : { dataDir: options.dataDir };
}

export function parseScale(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const scale = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new UsageError(`--scale "${raw}" must be a number greater than 0 and at most ${MAX_SCALE} (the scaled universe must also stay within the limits in the README)`);
  }
  return scale;
}

export function readConfigFile(path: string | undefined): unknown {
  if (path === undefined) return {};
  let text: string;
  try {
    // Read with a cap: a huge (or endless, e.g. /dev/zero) file is refused, not slurped. Pipes
    // (--config <(…)) are read the same way.
    const fd = openSync(path, 'r');
    try {
      if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      const buffer = Buffer.alloc(MAX_CONFIG_FILE_BYTES + 1);
      let length = 0;
      for (let read = -1; read !== 0 && length < buffer.length; length += read) {
        read = readSync(fd, buffer, length, buffer.length - length, null);
      }
      if (length > MAX_CONFIG_FILE_BYTES) {
        throw new UsageError(`--config ${path} is larger than ${MAX_CONFIG_FILE_BYTES.toLocaleString('en-US')} bytes; a config file holds parameter overrides, not data`);
      }
      text = buffer.subarray(0, length).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read --config ${path} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--config ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export interface ResolvedUniverseInput extends UniverseInput {
  preset: string;
  seedWasChosen: boolean;
}

/** The options that make the same universe again (a path or seed with spaces is quoted). */
function repeatArguments(seed: string, preset: string, epoch: string, options: UniverseOptions): string {
  const quoted = (text: string): string => (/^[\w./:@+-]+$/.test(text) ? text : JSON.stringify(text));
  const parts = [`--seed ${seed}`, `--preset ${preset}`];
  if (options.config !== undefined) parts.push(`--config ${quoted(options.config)}`);
  if (options.scale !== undefined) parts.push(`--scale ${quoted(options.scale)}`);
  parts.push(`--epoch ${epoch}`);
  return parts.join(' ');
}

/** Validates seed, preset, config, scale and epoch into the generator's input. */
export function resolveUniverseInput(options: UniverseOptions, output?: Output): ResolvedUniverseInput {
  const seedWasChosen = options.seed === undefined;
  const seed = seedWasChosen ? String(randomInt(0, 2 ** 31 - 1)) : normalizeSeed(options.seed as string);
  const preset = options.preset ?? 'standard';
  const params = resolveParams(preset, readConfigFile(options.config), parseScale(options.scale));
  const epoch = parseEpoch(options.epoch);
  if (seedWasChosen) output?.warn(`seed ${seed} chosen at random; pass ${repeatArguments(seed, preset, epoch, options)} to repeat this run`);
  return { seed, params, epoch, preset, seedWasChosen };
}
