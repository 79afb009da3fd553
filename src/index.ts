// The programmatic API (PRODUCT.md R7): generate a universe in memory, load one into a PGlite or
// PostgreSQL database, wipe it, plan a replace — e.g. from a test suite's global setup. The CLI
// is a client of the same functions (src/app/): every command parses its flags, calls one of
// them and formats the answer.
//
//   import { loadUniverse } from 'echoes-universe';
//   await loadUniverse({ seed: 42, preset: 'tiny', pglite: db });
import type { PresetName, UniverseConfig } from './config/params.js';
import { resolveUniverseInput, type ResolvedUniverseInput } from './app/input.js';
import { generateInMemory, type GeneratedUniverse } from './app/generate.js';
import { loadIntoTarget, type LoadEvents, type LoadRequest, type LoadResult } from './app/load.js';
import { wipeTarget, type WipeEvents, type WipeResult } from './app/wipe.js';
import { migrateTarget, type MigrateResult } from './app/migrate.js';
import { planOnTarget, type OperationPlan } from './app/plan.js';
import { readUniverse as readUniverseSource, type UniverseSource } from './app/read.js';
import type { TargetOptions } from './app/target.js';
import type { RehomeMode } from './db/rehome.js';
import { planUniverse, type UniversePlan } from './universe/generate.js';

export type * from './universe/rows.js';
export type { PresetName, UniverseConfig, UniverseParams } from './config/params.js';
export type { LoadSummary, WipeSummary, LoadPhase } from './db/replace.js';
export type { TableCounts } from './format/fingerprint.js';
export type { UniverseMetaOut as UniverseMeta } from './format/meta.js';
export type { RehomeMode, RehomeSummary } from './db/rehome.js';
export type { TargetOptions } from './app/target.js';
export type { GeneratedUniverse } from './app/generate.js';
export type { LoadEvents, LoadResult, LoadProgressPhase, ReplaceQuestion } from './app/load.js';
export type { WipeEvents, WipeQuestion, WipeResult } from './app/wipe.js';
export type { MigrateResult } from './app/migrate.js';
export type { OperationPlan } from './app/plan.js';
export type { UniverseSource } from './app/read.js';
export type { StatsResult, VerifyResult, MapRequest, MapResult, MapFormat, CompareTarget } from './app/inspect.js';
export type { UniverseStats } from './inspect/stats.js';
export type { Violation } from './inspect/verify.js';
/** What the read-only commands compute from a universe that readUniverse returned: stats, verify, route, map. */
export { statsOf as universeStats, verifySource as verifyUniverse, routeIn as findRoute, renderMap } from './app/inspect.js';
export type { OptionKey } from './errors.js';
export { UsageError, RuntimeError } from './errors.js';

export interface UniverseOptions {
  /** Any string or integer. */
  seed: string | number;
  /** 'tiny' | 'standard' | 'eve' (default 'standard'). */
  preset?: PresetName;
  /** Parameter overrides, as in a --config file; a misspelt key or a wrong type fails to compile. */
  config?: UniverseConfig;
  /** Multiplies the number of regions and systems. */
  scale?: number;
  /** Reference time for expiry/completion times (default: 2000-01-01T00:00:00Z, for reproducible tests). */
  epoch?: string | Date;
}

/** The API's universe options, validated (a fixed default epoch: the same call gives the same rows). */
function inputOf(options: UniverseOptions): ResolvedUniverseInput {
  return resolveUniverseInput(options, { epoch: 'fixed' });
}

/** The generator's row stream, for callers that want to consume batches themselves. */
export function planUniverseRows(options: UniverseOptions): UniversePlan {
  return planUniverse(inputOf(options));
}

/** Generates a whole universe in memory (the same rows a dry run prints). */
export function generateUniverse(options: UniverseOptions): GeneratedUniverse {
  return generateInMemory(inputOf(options));
}

export interface LoadUniverseOptions extends UniverseOptions, TargetOptions, Omit<LoadRequest, 'rehome'>, LoadEvents {
  /** Where pilots of the old universe go: 'nearest' (default, or true), 'starter', 'none' (or false). */
  rehome?: RehomeMode | boolean;
}

/**
 * Migrates (unless `migrate: false`) and loads a universe in one transaction. The target is, in
 * order: `pglite` or `client` (caller-owned, left open), `databaseUrl`, `dataDir`, env
 * DATABASE_URL, else the embedded database in ./.echoes/pgdata.
 */
export async function loadUniverse(options: LoadUniverseOptions): Promise<LoadResult> {
  return loadIntoTarget(options, inputOf(options), options, options);
}

/** Deletes the universe through the cascades; everything else survives. */
export async function wipeUniverse(options: TargetOptions & { detachServers?: boolean } & WipeEvents): Promise<WipeResult> {
  return wipeTarget(options, options, options);
}

/** Applies the schema migrations and reference rows. */
export async function migrateDatabase(target: TargetOptions): Promise<MigrateResult> {
  return migrateTarget(target);
}

/**
 * What replacing the target's universe with this one would do (rows, pilots, items, game
 * servers), read from one read-only snapshot: nothing is written and no lock is taken.
 */
export async function planReplace(options: UniverseOptions & TargetOptions & { detachServers?: boolean; rehome?: RehomeMode }): Promise<OperationPlan> {
  return planOnTarget(options, inputOf(options), { detachServers: options.detachServers, rehome: options.rehome });
}

/** What wiping the target's universe would do, read from one read-only snapshot. */
export async function planWipe(options: TargetOptions & { detachServers?: boolean }): Promise<OperationPlan> {
  return planOnTarget(options, null, { detachServers: options.detachServers });
}

/**
 * A universe to inspect, from a dry-run file (`file`), a seed (`seed`, …) or a database (the
 * target options); a database's embedded directory must already hold one.
 */
export async function readUniverse(options: { file: string } | UniverseOptions | TargetOptions): Promise<UniverseSource> {
  if ('file' in options) return readUniverseSource({ file: options.file });
  if ('seed' in options) return readUniverseSource({ input: inputOf(options) });
  return readUniverseSource({ target: options });
}
