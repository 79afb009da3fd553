// Where the read-only tools (stats, verify, map, route) find a universe: a dry-run file, a seed
// generated in memory, or the target database. A file or a seed also yields the parameters the
// universe was generated with (and its epoch), so verify judges it by its own parameters and
// map marks its own starter system; a database holds no parameters: the defaults apply unless
// the caller says what it was generated with. Reading never creates anything: an embedded data
// directory that holds no database yet is refused by its adapter rather than initialised.
import { RuntimeError } from '../errors.js';
import { resolveParams } from '../config/params.js';
import { parseEpoch } from '../config/epoch.js';
import { readUniverseFromDb } from '../db/read.js';
import { readUniverseFile } from '../format/json-read.js';
import type { VerifyOptions } from '../inspect/verify.js';
import { generateTables } from '../universe/generate.js';
import type { UniverseTables } from '../universe/rows.js';
import type { ResolvedUniverseInput } from './input.js';
import { withTarget, type TargetOptions } from './target.js';

/** One of: a dry-run file, a resolved seed, or a database (with what it was generated with, if known). */
export type UniverseSourceRequest =
  | { file: string }
  | { input: ResolvedUniverseInput }
  | { target: TargetOptions; generatedWith?: { preset?: string; config?: unknown; scale?: number; epoch?: string } };

export interface UniverseSource {
  tables: UniverseTables;
  /** Where the universe came from, for messages ("dry-run file u.json", "seed 42 (tiny)", the database). */
  description: string;
  /** The resolved generation parameters (a dry-run file's meta.config, a seed's params, a database's given config). */
  config?: unknown;
  /** The generation epoch (ISO time), when known. */
  epoch?: string;
  /** The seed and preset it was generated from, when known (a database does not record them). */
  seed?: string;
  preset?: string;
}

export const EMPTY_DATABASE_MESSAGE = 'the database holds no universe; run `echoes-universe generate` first';

export async function readUniverse(request: UniverseSourceRequest): Promise<UniverseSource> {
  if ('file' in request) {
    const { meta, tables } = await readUniverseFile(request.file);
    return { tables, description: `dry-run file ${request.file}`, config: meta.config, epoch: meta.epoch, seed: meta.seed, preset: meta.preset };
  }
  if ('input' in request) {
    const { input } = request;
    return { tables: generateTables(input), description: `seed ${input.seed} (${input.preset})`, config: input.params, epoch: input.epoch, seed: input.seed, preset: input.preset };
  }
  // What the database was generated with is validated before connecting.
  const given = request.generatedWith;
  const config = given?.config === undefined ? undefined : resolveParams(given.preset, given.config, given.scale);
  const epoch = given?.epoch === undefined ? undefined : parseEpoch(given.epoch);
  return withTarget(
    request.target,
    async (db) => {
      const tables = await db.transaction((tx) => readUniverseFromDb(tx), { readOnlySnapshot: true });
      // One answer from every tool for a wiped (or never loaded) database, rather than "0 rows"
      // from stats and a missing starter region from verify.
      if (tables.regions.length === 0 && tables.solar_systems.length === 0) throw new RuntimeError(EMPTY_DATABASE_MESSAGE);
      return { tables, description: db.description, config, epoch };
    },
    { mustExist: true },
  );
}

/** What verify expects of the source's universe: its own parameters when known, else the defaults. */
export async function verifyOptionsOf(source: UniverseSource): Promise<VerifyOptions> {
  // Loaded on demand: the checker is only needed by verify and map, not by every start-up.
  const { verifyOptionsFromConfig } = await import('../inspect/verify.js');
  if (source.config !== undefined) return verifyOptionsFromConfig(source.config, source.epoch);
  return source.epoch === undefined ? {} : { epoch: source.epoch };
}

/** For tools with nothing to show without systems (map, route): a source without systems is an error. */
export function requireSystems(source: UniverseSource): UniverseSource {
  if (source.tables.solar_systems.length === 0) {
    throw new RuntimeError(`${source.description} holds no universe (no solar systems); run \`echoes-universe generate\` first`);
  }
  return source;
}
