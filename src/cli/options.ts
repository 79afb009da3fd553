// Options shared by several commands, defined once, and their validation into typed values.
// Every check here throws UsageError (exit 2) with a sentence that names the option.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { PRESET_NAMES } from '../config/params.js';
import { MAX_CONFIG_FILE_BYTES } from '../config/limits.js';
import { DEFAULT_DATA_DIR } from '../db/connect.js';
import { checkScale, resolveUniverseInput as resolveInput, type ResolvedUniverseInput, type UniverseRequest } from '../app/input.js';
import type { TargetOptions } from '../app/target.js';
import { formatInteger, type Output } from './output.js';

export type { ResolvedUniverseInput } from '../app/input.js';

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
    // No default value here: an explicit --data-dir beats env DATABASE_URL (app/target.ts).
    .option('--data-dir <dir>', `directory of the embedded database (default: ./${DEFAULT_DATA_DIR})`);
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

/** The database the flags name; the order of precedence (flags, then DATABASE_URL, then the default) is app/target.ts's. */
export function databaseTarget(options: DatabaseOptions): TargetOptions {
  return { databaseUrl: options.databaseUrl, dataDir: options.dataDir };
}

export function parseScale(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return checkScale(raw.trim() === '' ? Number.NaN : Number(raw), raw);
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
        throw new UsageError(`--config ${path} is larger than ${formatInteger(MAX_CONFIG_FILE_BYTES)} bytes; a config file holds parameter overrides, not data`);
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

/** The options that make the same universe again (a path or seed with spaces is quoted). */
function repeatArguments(seed: string, preset: string, epoch: string, options: UniverseOptions): string {
  const quoted = (text: string): string => (/^[\w./:@+-]+$/.test(text) ? text : JSON.stringify(text));
  const parts = [`--seed ${seed}`, `--preset ${preset}`];
  if (options.config !== undefined) parts.push(`--config ${quoted(options.config)}`);
  if (options.scale !== undefined) parts.push(`--scale ${quoted(options.scale)}`);
  parts.push(`--epoch ${epoch}`);
  return parts.join(' ');
}

/** The flags' universe as the API takes it: the --config file read and parsed, --scale a number. */
export function universeRequest(options: UniverseOptions): UniverseRequest {
  return { seed: options.seed, preset: options.preset, config: readConfigFile(options.config), scale: parseScale(options.scale), epoch: options.epoch };
}

/** Validates seed, preset, config, scale and epoch (default: now) into the generator's input; says so when the seed was chosen at random. */
export function resolveUniverseInput(options: UniverseOptions, output?: Output): ResolvedUniverseInput {
  const input = resolveInput(universeRequest(options), { epoch: 'now' });
  if (input.seedWasChosen) output?.warn(`seed ${input.seed} chosen at random; pass ${repeatArguments(input.seed, input.preset, input.epoch, options)} to repeat this run`);
  return input;
}
