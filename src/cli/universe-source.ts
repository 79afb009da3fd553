// The source options of the read-only tools (stats, verify, map, route): --input reads a dry-run
// file, --seed (with --preset, --config, --scale, --epoch) generates a universe in memory, and
// otherwise the target database is read (app/read.ts), where --config and --epoch say what it
// was generated with. This file only turns flags into the app's request; the app's reader is
// imported when a command reads (not when the program is built).
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { UniverseSource } from '../app/read.js';
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

export type { UniverseSource } from '../app/read.js';

export interface SourceOptions extends DatabaseOptions, UniverseOptions {
  input?: string;
}

export function addSourceOptions(command: Command): Command {
  command.option('--input <file.json>', 'read a dry-run JSON file instead of the database');
  addUniverseOptions(command, 'generate this seed in memory instead of reading a universe (omitted: read the database, or --input)');
  return addDatabaseOptions(command);
}

export async function readUniverseSource(options: SourceOptions): Promise<UniverseSource> {
  const { readUniverse } = await import('../app/read.js');
  if (options.input !== undefined) {
    if (options.seed !== undefined || options.config !== undefined) {
      throw new UsageError('--input reads a universe with its own seed and parameters; leave out --seed and --config (or --input)');
    }
    return readUniverse({ file: options.input });
  }
  if (options.seed !== undefined) return readUniverse({ input: resolveUniverseInput(options) });
  const generatedWith =
    options.config === undefined && options.epoch === undefined
      ? undefined
      : { preset: options.preset, config: options.config === undefined ? undefined : readConfigFile(options.config), scale: parseScale(options.scale), epoch: options.epoch };
  return readUniverse({ target: databaseTarget(options), generatedWith });
}
