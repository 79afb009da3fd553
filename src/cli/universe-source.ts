// Where the read-only tools (stats, verify, map, route) find a universe: a dry-run file
// (--input), a seed generated in memory (--seed/--preset/--config), or the target database.
import type { Command } from 'commander';
import { connect } from '../db/connect.js';
import { readUniverseFromDb } from '../db/read.js';
import { readUniverseFile } from '../sinks/json-read.js';
import { generateTables } from '../universe/generate.js';
import type { UniverseTables } from '../universe/rows.js';
import { addDatabaseOptions, addUniverseOptions, databaseTarget, resolveUniverseInput, type DatabaseOptions, type UniverseOptions } from './options.js';

export interface SourceOptions extends DatabaseOptions, UniverseOptions {
  input?: string;
}

export interface UniverseSource {
  tables: UniverseTables;
  /** Where the universe came from, for messages ("dry-run file u.json", "seed 42 (tiny)", the database). */
  description: string;
}

export function addSourceOptions(command: Command): Command {
  command.option('--input <file.json>', 'read a dry-run JSON file instead of the database');
  addUniverseOptions(command);
  return addDatabaseOptions(command);
}

export async function readUniverseSource(options: SourceOptions): Promise<UniverseSource> {
  if (options.input !== undefined) {
    const { tables } = await readUniverseFile(options.input);
    return { tables, description: `dry-run file ${options.input}` };
  }
  if (options.seed !== undefined) {
    const input = resolveUniverseInput(options);
    return { tables: generateTables(input), description: `seed ${input.seed} (${input.preset})` };
  }
  const db = await connect(databaseTarget(options));
  try {
    return { tables: await readUniverseFromDb(db), description: db.description };
  } finally {
    await db.close();
  }
}
