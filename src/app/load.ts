// Loading a universe into a database (PRODUCT.md R6), for the CLI's `generate` and the API's
// loadUniverse alike: open the target, ask before replacing (when the caller can ask), migrate,
// then load in one transaction (db/replace.ts) and close. Progress, lock waits and questions
// reach the caller through events; nothing here prints.
import { RuntimeError } from '../errors.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadPlan, prepareRows, type LoadOptions, type LoadPhase, type LoadSummary } from '../db/replace.js';
import { describeUniverseInDatabase, type UniverseInDatabase } from '../db/universe-label.js';
import type { RehomeMode } from '../db/rehome.js';
import { planInBackground, readyPlan, type PendingPlan } from '../universe/background-plan.js';
import { planUniverse, type UniversePlan } from '../universe/generate.js';
import type { ResolvedUniverseInput } from './input.js';
import { openTarget, targetCapabilities, type OpeningTarget, type TargetOptions } from './target.js';

export interface LoadRequest {
  /** Wipe an existing universe first (same transaction) instead of refusing. */
  replace?: boolean;
  /** Set game servers' system and region to NULL instead of refusing. */
  detachServers?: boolean;
  /** Where pilots of the old universe go: 'nearest' (default, or true), 'starter', 'none' (or false). */
  rehome?: RehomeMode | boolean;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** Stops the load at its next batch or phase (before COMMIT) with the signal's reason. */
  signal?: AbortSignal;
}

/** The universe a replace would delete and the one it would load, for a confirmation question. */
export interface ReplaceQuestion {
  target: string;
  current: UniverseInDatabase;
  next: { seed: string; preset: string; systems: number };
}

/** The phases a load reports, in order: opening the target, then the load's own (replace.ts). */
export type LoadProgressPhase = 'open the database' | LoadPhase;

export interface LoadEvents extends Pick<LoadOptions, 'onBatch' | 'onPhase' | 'onDmlOnly' | 'onBulkStarved' | 'onWaitingForLock' | 'onWaitingForTables'> {
  /** Called when a phase starts (may throw to stop the load before COMMIT). */
  onPhaseStart?: (phase: LoadProgressPhase) => void;
  /**
   * Called once migrations were applied (none when the schema was up to date). For a new embedded
   * database, `fromTemplate` is the leading part of `applied` it was created with (MigrateResult).
   */
  onMigrated?: (applied: string[], seconds: number, fromTemplate?: string[]) => void;
  /**
   * Asked before a replace deletes a universe; false cancels with nothing changed. Without it a
   * replace goes ahead (the caller asked for it).
   */
  confirmReplace?: (question: ReplaceQuestion) => Promise<boolean>;
}

export interface LoadResult extends LoadSummary {
  /** The target, password removed. */
  target: string;
  /** Wall time from opening the target to closing it. */
  seconds: number;
}

/**
 * The plan of `input`, started the way that suits the target. Where the database runs on this
 * thread (PGlite: opening it keeps the thread busy for about a second), a large universe's
 * skeleton is built on a worker thread meanwhile (universe/background-plan.ts; eve into a new
 * embedded data dir, measured here: 5.9 s against 6.4 s). Against a server it is built here at
 * once: a worker's start made eve into PostgreSQL slower (2.93 s against 2.74 s), and the
 * connection's round trips already overlap it (openEarly).
 */
export function startPlan(input: ResolvedUniverseInput, target: TargetOptions | OpeningTarget): PendingPlan {
  return targetCapabilities(target).executesOnCallingThread ? planInBackground(input) : readyPlan(planUniverse(input));
}

/**
 * Migrates (unless told not to) and loads the universe of `input` into `target` in one
 * transaction. `plan` is the plan of `input` when the caller made or started it already (for its
 * progress totals); otherwise a large universe's skeleton is built on a worker thread while the
 * target opens (universe/background-plan.ts). `target` may be one whose opening began earlier
 * (openEarly, the CLI's overlap).
 */
export async function loadIntoTarget(
  target: TargetOptions | OpeningTarget,
  input: ResolvedUniverseInput,
  request: LoadRequest = {},
  events: LoadEvents = {},
  plan: UniversePlan | PendingPlan = startPlan(input, target),
): Promise<LoadResult> {
  const pending = 'dispose' in plan ? plan : readyPlan(plan);
  const asks = request.replace === true && events.confirmReplace !== undefined;
  const checkpoint = (): void => request.signal?.throwIfAborted();
  const startedMs = performance.now();
  // Opening an embedded database takes a second or two: said at once, unless a question comes first.
  if (!asks) events.onPhaseStart?.('open the database');
  let db: Database;
  try {
    db = await openTarget(target);
  } catch (error) {
    await pending.dispose();
    throw error;
  }
  try {
    if (asks) {
      await confirmOrCancel(db, input, await pending.plan, events.confirmReplace!);
      events.onPhaseStart?.('open the database');
    }
    checkpoint();
    // A plan ready now (a small universe's, or the caller's): its rows are made while migrate and
    // the locks wait on the server (db/replace.ts prepareRows).
    const rows = pending.ready ? prepareRows(db.capabilities, pending.ready) : undefined;
    if (request.migrate !== false) {
      const migrated = await migrate(db);
      events.onMigrated?.(migrated.applied, (performance.now() - startedMs) / 1000, migrated.fromTemplate);
    }
    checkpoint();
    const summary = await loadPlan(db, await pending.plan, {
      rows,
      replace: request.replace,
      detachServers: request.detachServers,
      rehome: request.rehome,
      label: { preset: input.preset },
      onBatch: (table, count) => {
        checkpoint();
        events.onBatch?.(table, count);
      },
      onPhaseStart: (phase) => {
        // ANALYZE runs after COMMIT: a stop request then has nothing left to roll back.
        if (phase !== 'analyze') checkpoint();
        events.onPhaseStart?.(phase);
      },
      onPhase: events.onPhase,
      onDmlOnly: events.onDmlOnly,
      onBulkStarved: events.onBulkStarved,
      onWaitingForLock: events.onWaitingForLock,
      onWaitingForTables: events.onWaitingForTables,
    });
    return { ...summary, target: db.description, seconds: (performance.now() - startedMs) / 1000 };
  } finally {
    await pending.dispose();
    await db.close();
  }
}

async function confirmOrCancel(
  db: Database,
  input: ResolvedUniverseInput,
  plan: UniversePlan,
  confirmReplace: (question: ReplaceQuestion) => Promise<boolean>,
): Promise<void> {
  // A database without the schema yet has no universe to lose.
  const current = await describeUniverseInDatabase(db).catch(() => null);
  if (!current || current.regions === 0) return;
  const question: ReplaceQuestion = { target: db.description, current, next: { seed: input.seed, preset: input.preset, systems: plan.systemCount } };
  if (!(await confirmReplace(question))) throw new RuntimeError('replacement cancelled; nothing was changed');
}
