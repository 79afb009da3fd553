// The programmatic API (PRODUCT.md R7): generate a universe in memory, load one into a PGlite or
// PostgreSQL database, or wipe it — e.g. from a test suite's global setup.
//
//   import { loadUniverse } from 'echoes-universe';
//   await loadUniverse({ seed: 42, preset: 'tiny', pglite: db });
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { resolveParams, type PresetName, type UniverseConfig } from './config/params.js';
import { normalizeSeed } from './config/seed.js';
import { connect, wrapConnection } from './db/connect.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { loadPlan, wipeDatabase, type LoadSummary, type WipeSummary } from './db/replace.js';
import type { RehomeMode } from './db/rehome.js';
import { planUniverse, type UniverseInput, type UniversePlan } from './universe/generate.js';
import { FingerprintBuilder, fingerprintedBatches } from './format/fingerprint.js';
import { emptyUniverseTables } from './db/schema/registry.js';
import type { UniverseTables } from './universe/rows.js';
import { buildMeta, type UniverseMetaOut } from './format/meta.js';

export type * from './universe/rows.js';
export type { PresetName, UniverseConfig, UniverseParams } from './config/params.js';
export type { LoadSummary, WipeSummary } from './db/replace.js';
export type { TableCounts } from './format/fingerprint.js';
export type { UniverseMetaOut as UniverseMeta } from './format/meta.js';
export { UsageError, RuntimeError } from './errors.js';
import { UsageError } from './errors.js';
import { parseEpoch } from './config/epoch.js';

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

/** Where to load: a caller-owned PGlite or pg.Client, a PostgreSQL URL, or an embedded data directory. */
export interface TargetOptions {
  pglite?: PGlite;
  client?: pg.Client;
  databaseUrl?: string;
  dataDir?: string;
}

export interface GeneratedUniverse {
  meta: UniverseMetaOut;
  tables: UniverseTables;
}

const DEFAULT_API_EPOCH = '2000-01-01T00:00:00.000Z';

function toInput(options: UniverseOptions): UniverseInput {
  const epochDate =
    options.epoch === undefined
      ? new Date(DEFAULT_API_EPOCH)
      : options.epoch instanceof Date
        ? options.epoch
        : new Date(parseEpoch(options.epoch));
  if (Number.isNaN(epochDate.getTime())) throw new UsageError(`epoch ${String(options.epoch)} is not a valid time`);
  return {
    seed: normalizeSeed(String(options.seed)),
    params: resolveParams(options.preset, options.config ?? {}, options.scale),
    epoch: epochDate.toISOString(),
  };
}

/** The generator's row stream, for callers that want to consume batches themselves. */
export function planUniverseRows(options: UniverseOptions): UniversePlan {
  return planUniverse(toInput(options));
}

/** Generates a whole universe in memory (the same rows a dry run prints). */
export function generateUniverse(options: UniverseOptions): GeneratedUniverse {
  const plan = planUniverse(toInput(options));
  const tables = emptyUniverseTables();
  const fingerprint = new FingerprintBuilder();
  for (const { batch } of fingerprintedBatches(plan, fingerprint)) {
    for (const row of batch.rows) (tables[batch.table] as object[]).push(row);
  }
  return {
    meta: buildMeta(plan.input, options.preset ?? 'standard', fingerprint),
    tables,
  };
}

async function openTarget(target: TargetOptions): Promise<Database> {
  if (target.pglite) return wrapConnection(target.pglite);
  if (target.client) return wrapConnection(target.client);
  // As the CLI: an explicit URL, else env DATABASE_URL; the embedded database only when neither
  // is set — unless the caller named an embedded data directory, which is explicit too.
  const databaseUrl = target.databaseUrl ?? (target.dataDir === undefined ? process.env.DATABASE_URL || undefined : undefined);
  return connect({ databaseUrl, dataDir: target.dataDir });
}

export type { RehomeMode, RehomeSummary } from './db/rehome.js';

export interface LoadUniverseOptions extends UniverseOptions, TargetOptions {
  replace?: boolean;
  detachServers?: boolean;
  /** Where pilots of the old universe go: 'nearest' (default, or true), 'starter', 'none' (or false). */
  rehome?: RehomeMode | boolean;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
}

/** Migrates (unless told not to) and loads a universe in one transaction. */
export async function loadUniverse(options: LoadUniverseOptions): Promise<LoadSummary> {
  const plan = planUniverse(toInput(options));
  const db = await openTarget(options);
  try {
    if (options.migrate !== false) await migrate(db);
    return await loadPlan(db, plan, { replace: options.replace, detachServers: options.detachServers, rehome: options.rehome, label: { preset: options.preset ?? 'standard' } });
  } finally {
    await db.close();
  }
}

/** Deletes the universe through the cascades; everything else survives. */
export async function wipeUniverse(options: TargetOptions & { detachServers?: boolean }): Promise<WipeSummary> {
  const db = await openTarget(options);
  try {
    return await wipeDatabase(db, { detachServers: options.detachServers });
  } finally {
    await db.close();
  }
}

/** Applies the schema migrations and reference rows. */
export async function migrateDatabase(target: TargetOptions): Promise<{ applied: string[]; referenceRowsInserted: number }> {
  const db = await openTarget(target);
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}
