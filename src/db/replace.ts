// Loading, wiping and replacing a universe (PRODUCT.md R6). Every operation is one transaction
// under an advisory lock, so readers see the old universe or the new one and two generators
// never interleave. Rows stream from the generator into COPY, one batch at a time.
//
// The wipe deletes through the schema's cascades (DELETE FROM regions); TRUNCATE … CASCADE is
// never used because it would also empty character_locations and game_servers.
import { RuntimeError } from '../errors.js';
import { packageVersion } from '../version.js';
import type { UniversePlan } from '../universe/generate.js';
import type { UniverseTable } from '../universe/rows.js';
import { FingerprintBuilder, totalRows, type TableCounts } from '../format/fingerprint.js';
import { copyTextInBackground, copyTextInWorkers, generationWorkersFor, type CopyTextBatch } from '../format/parallel-copy-text.js';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER } from '../format/copy-binary.js';
import type { BackendCapabilities, Database, Queryable } from './database.js';
import { UNIVERSE_LOCK_KEY } from './locks.js';
import { lockUniverseTables, type LockHolder } from './locking.js';
import { assertUniverseSchema } from './migrate.js';
import { dropUniverseConstraints, restoreUniverseConstraints, type DeferredObjects } from './bulk-load.js';
import { rehomeAfterLoad, snapshotOldPlaces, type RehomeMode, type RehomeSummary } from './rehome.js';
import { clearUniverseLabel, writeUniverseLabel } from './universe-label.js';
import { assertCoversUniverse, tableEntry, UNIVERSE_COLUMNS, UNIVERSE_TABLES } from './schema/registry.js';
import { quoteIdent } from './sql.js';

export interface WipeOptions {
  /** Set game_servers.solar_system_id/region_id to NULL instead of refusing. */
  detachServers?: boolean;
  /** Called when another process holds the universe lock and this one starts waiting. */
  onWaitingForLock?: () => void;
  /** Called every few seconds while other sessions hold the tables this operation must lock (locking.ts). */
  onWaitingForTables?: (holders: LockHolder[], waitedSeconds: number) => void;
}

export interface LoadOptions extends WipeOptions {
  /** Wipe an existing universe first (same transaction) instead of refusing. */
  replace?: boolean;
  /**
   * Where pilots of the old universe go (rehome.ts): 'nearest' (default; true means the same),
   * 'starter', or 'none' (false means the same).
   */
  rehome?: RehomeMode | boolean;
  /** Labels the loaded universe (universe-label.ts) so prompts and plans can name it. */
  label?: { preset: string };
  onBatch?: (table: UniverseTable, rowCount: number) => void;
  /** Called when a phase of the load starts (progress display; may throw to stop the load before COMMIT). */
  onPhaseStart?: (phase: LoadPhase) => void;
  /** Called after each phase of the load with its wall time (shown by `generate --verbose`). */
  onPhase?: (phase: string, seconds: number) => void;
  /** Called once when the role may not use the bulk path (it does not own the tables): a DML-only load follows. */
  onDmlOnly?: (role: string) => void;
  /** Called once when the game's sessions kept the tables too busy for the bulk path's exclusive locks: a DML-only load follows (locking.ts). */
  onBulkStarved?: (waitedSeconds: number) => void;
  /**
   * Drop and rebuild the universe tables' secondary indexes, UNIQUEs and foreign keys around the
   * COPY (bulk-load.ts): 'auto' (default) does it for universes of BULK_LOAD_MIN_SYSTEMS or more.
   */
  bulkLoad?: 'auto' | 'always' | 'never';
  /**
   * Worker threads that generate the regions' rows while this thread feeds COPY
   * (format/parallel-copy-text.ts): 'auto' (default) decides by the database and the universe's
   * size (generationWorkers below); a number sets how many (0: generate on this thread). The
   * rows are the same either way.
   */
  generationWorkers?: 'auto' | number;
  /**
   * The COPY format rows travel in: 'auto' (default) the backend's preferredCopyFormat; 'binary'
   * where the table has one (format/copy-binary.ts), text otherwise. The rows are the same either way.
   */
  copyFormat?: 'auto' | 'text' | 'binary';
  /** The rows, already being made (prepareRows with this plan and the same options); made here otherwise. */
  rows?: PreparedRows;
}

/** The phases of a load, in order, as progress names them (some are skipped when not needed). */
export type LoadPhase = 'wipe' | 'generate and copy' | 'rebuild indexes and constraints' | 're-home' | 'commit' | 'analyze';

/** Below this many systems, rebuilding indexes costs more than maintaining them row by row. */
export const BULK_LOAD_MIN_SYSTEMS = 1000;

/** Below this many systems, starting a worker thread costs more than it saves. */
export const PARALLEL_GENERATION_MIN_SYSTEMS = 1000;

/**
 * Generation workers by default: one, and only where the database executes on this thread
 * (PGlite), which then ingests one chunk while the worker makes the next. Measured here (eve into
 * a new embedded data dir, generate and copy): 3.2 s against 4.1 s on this thread. A server
 * already ingests in its own process while this thread generates: a worker measured no faster.
 */
function generationWorkers(capabilities: BackendCapabilities, plan: UniversePlan, option: LoadOptions['generationWorkers'] = 'auto'): number {
  if (option !== 'auto') return Math.max(0, Math.floor(option));
  if (plan.systemCount < PARALLEL_GENERATION_MIN_SYSTEMS || !capabilities.executesOnCallingThread) return 0;
  return generationWorkersFor(1);
}

/** A load's rows as they will be sent: made on worker threads, or on this thread (already started). */
export type PreparedRows = AsyncIterable<CopyTextBatch>;

/**
 * Decides how `plan`'s rows are made and sent to a database with `capabilities`, and starts making
 * them. Rows made on this thread start at once, in the gaps of the event loop, so a caller can
 * prepare them before its first query (app/load.ts does, before migrating): a tiny universe's rows
 * are then ready when the locks are (measured in the commit that added it). Worker threads start
 * only when the rows are first read.
 */
export function prepareRows(
  capabilities: BackendCapabilities,
  plan: UniversePlan,
  options: Pick<LoadOptions, 'generationWorkers' | 'copyFormat'> = {},
): PreparedRows {
  const format = options.copyFormat ?? 'auto';
  const binary = format === 'auto' ? capabilities.preferredCopyFormat === 'binary' : format === 'binary';
  const workers = generationWorkers(capabilities, plan, options.generationWorkers);
  return workers > 0 ? copyTextInWorkers(plan, workers, { binary }) : copyTextInBackground(plan, { binary });
}

export interface WipeSummary {
  regionsDeleted: number;
  /** Names of game servers whose system/region was set to NULL. */
  serversDetached: string[];
  /** Characters whose location now points nowhere (no system, no station). */
  homelessCharacters: number;
  /** Assets in stations that no longer exist. */
  strandedAssets: number;
}

export interface LoadSummary {
  counts: TableCounts;
  fingerprint: string;
  /** Present when an existing universe was replaced. */
  wiped: WipeSummary | null;
  /** Pilots docked somewhere new (nearest station or starter station). */
  charactersRehomed: number;
  assetsMoved: number;
  starterStation: { id: string; name: string; systemName: string } | null;
  /** What re-homing did, in detail (null when the starter station is missing). */
  rehome: RehomeSummary | null;
}

async function takeUniverseLock(tx: Queryable, onWaiting?: () => void): Promise<void> {
  const attempt = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [UNIVERSE_LOCK_KEY]);
  if (attempt.rows[0]?.locked) return;
  onWaiting?.();
  await tx.query('SELECT pg_advisory_xact_lock($1)', [UNIVERSE_LOCK_KEY]);
}

async function countRegions(tx: Queryable): Promise<number> {
  const result = await tx.query<{ count: string | number }>('SELECT count(*) AS count FROM regions');
  return Number(result.rows[0].count);
}

/** Game servers that point into the universe block the cascade (their FKs have no ON DELETE rule). */
async function releaseGameServers(tx: Queryable, detach: boolean): Promise<string[]> {
  const bound = await tx.query<{ server_name: string }>(
    'SELECT server_name FROM game_servers WHERE solar_system_id IS NOT NULL OR region_id IS NOT NULL ORDER BY server_name',
  );
  const names = bound.rows.map((row) => row.server_name);
  if (names.length === 0) return [];
  if (!detach) {
    const listed = names
      .slice(0, 5)
      .map((name) => JSON.stringify(name))
      .join(', ');
    const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
    throw new RuntimeError({
      option: 'detachServers',
      say: (name) => `game servers ${listed}${more} point into the universe; pass ${name} to set their system and region to NULL`,
    });
  }
  await tx.query('UPDATE game_servers SET solar_system_id = NULL, region_id = NULL WHERE solar_system_id IS NOT NULL OR region_id IS NOT NULL');
  return names;
}

/** A pilot whose location points nowhere (its system and station were deleted, or never set). */
const HOMELESS_PILOT = 'solar_system_id IS NULL AND station_id IS NULL';

/** An asset parked in a station that no longer exists (its location_id has no foreign key). */
const STRANDED_ASSET = `lower(a.location_type) = 'station' AND a.location_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM stations s WHERE s.id = a.location_id)`;

async function countHomeless(tx: Queryable): Promise<{ characters: number; assets: number }> {
  const result = await tx.query<{ characters: string | number; assets: string | number }>(
    `SELECT (SELECT count(*) FROM character_locations WHERE ${HOMELESS_PILOT}) AS characters,
            (SELECT count(*) FROM assets a WHERE ${STRANDED_ASSET} ) AS assets`,
  );
  return { characters: Number(result.rows[0].characters), assets: Number(result.rows[0].assets) };
}

async function deleteUniverse(tx: Queryable, options: WipeOptions): Promise<WipeSummary> {
  const serversDetached = await releaseGameServers(tx, options.detachServers === true);
  const deleted = await tx.query('DELETE FROM regions');
  const homeless = await countHomeless(tx);
  return {
    regionsDeleted: deleted.rowCount,
    serversDetached,
    homelessCharacters: homeless.characters,
    strandedAssets: homeless.assets,
  };
}

const yieldToEventLoop = (): Promise<void> => new Promise((resume) => setImmediate(resume));

/**
 * Rows are sent in COPY statements of about this much text (all tables of a chunk together).
 * Between two statements the server waits until this process, busy generating, notices the first
 * has finished: fewer statements, fewer waits. Measured here (eve into PostgreSQL, generate and
 * copy): 1.8–2.0 s with 8 MB (46 statements) against 2.4–2.6 s with 2 MB (147); 16 MB no faster.
 * Without a COPY stream (PGlite) each statement's text is one blob in its memory, which never
 * shrinks: 2 MB there.
 */
const COPY_CHUNK_CHARS = { streamed: 8 << 20, blob: 2 << 20 } as const;
/** Table chunks generated ahead of the server before generation waits (bounds memory to about two chunks of text). */
const MAX_READY_CHUNKS = 12;
/** The table with most of the bytes (about 80 % of the rows at every preset). */
const BULKIEST_TABLE: UniverseTable = 'moons';

/**
 * Order in which a chunk's tables are sent: the registry's parent-first order, with the bulkiest
 * table moved last so the server is busiest while this process generates the next chunk. Moving
 * it is safe only while no universe table references it (checked here, once).
 */
function sendOrder(): readonly UniverseTable[] {
  const child = UNIVERSE_TABLES.find((table) => tableEntry(table).references.some((ref) => ref.parent === BULKIEST_TABLE));
  if (child) throw new Error(`${child} references ${BULKIEST_TABLE}, so ${BULKIEST_TABLE} cannot be sent last`);
  return [...UNIVERSE_TABLES.filter((table) => table !== BULKIEST_TABLE), BULKIEST_TABLE];
}
const SEND_ORDER = sendOrder();

interface CopyChunk {
  table: UniverseTable;
  format: 'text' | 'binary';
  /** Text pieces, or one binary COPY file (header, tuples, trailer). */
  parts: (string | Uint8Array)[];
}

/**
 * Streams the plan into COPY. Batches are gathered per table into chunks of COPY_CHUNK_CHARS;
 * chunks go to the server one COPY at a time while generation goes on between them, so with
 * PostgreSQL the server ingests rows while this process makes the next ones. Generation yields to
 * the event loop after every batch, so the driver can answer the server promptly.
 */
async function copyPlan(tx: Queryable, plan: UniversePlan, rows: PreparedRows, onBatch?: LoadOptions['onBatch']): Promise<FingerprintBuilder> {
  const chunkChars = tx.capabilities.streamsCopy ? COPY_CHUNK_CHARS.streamed : COPY_CHUNK_CHARS.blob;
  const fingerprint = new FingerprintBuilder();
  // Per table: its pieces so far, text or binary tuples (a table's batches all come in one format).
  const gathering = new Map<UniverseTable, { format: 'text' | 'binary'; parts: (string | Uint8Array)[] }>();
  let gatheredChars = 0;
  const ready: CopyChunk[] = [];
  let current: Promise<void> = Promise.resolve();
  let currentDone = true;

  const gatherIntoReady = (): void => {
    for (const table of SEND_ORDER) {
      const gathered = gathering.get(table);
      if (!gathered || gathered.parts.length === 0) continue;
      const { format, parts } = gathered;
      ready.push({ table, format, parts: format === 'binary' ? [BINARY_COPY_HEADER, ...parts, BINARY_COPY_TRAILER] : [(parts as string[]).join('')] });
    }
    gathering.clear();
    gatheredChars = 0;
  };

  const startNextCopy = async (): Promise<void> => {
    const chunk = ready.shift() as CopyChunk;
    let markSent = (): void => undefined;
    const sent = new Promise<void>((resolveSent) => (markSent = resolveSent));
    currentDone = false;
    current = tx.copyFrom(chunk.table, UNIVERSE_COLUMNS[chunk.table], chunk.parts, { format: chunk.format, onSent: markSent });
    current.then(
      () => (currentDone = true),
      () => (currentDone = true),
    );
    await Promise.race([sent, current]);
  };

  /** Starts ready chunks while the server is free; waits for it only when `drain` or too far ahead. */
  const pump = async (drain: boolean): Promise<void> => {
    while (ready.length > 0) {
      if (!currentDone && !drain && ready.length < MAX_READY_CHUNKS) return;
      // Settled or not, awaiting it rethrows a failed COPY's own error before anything else is sent.
      await current;
      await startNextCopy();
    }
  };

  assertCoversUniverse('the generator', plan.tables);
  for await (const { table, rowCount, text, binary: tuples } of rows) {
    if (rowCount === 0) continue;
    // The fingerprint is always the text's, whatever format carries the rows.
    fingerprint.add(table, text, rowCount);
    const gathered = gathering.get(table) ?? { format: tuples ? 'binary' : 'text', parts: [] };
    gathered.parts.push(tuples ?? text);
    gathering.set(table, gathered);
    gatheredChars += tuples ? tuples.length : text.length; // bytes for binary: the chunk size is a rough bound either way
    if (gatheredChars >= chunkChars) gatherIntoReady();
    await pump(false);
    onBatch?.(table, rowCount);
    await yieldToEventLoop();
  }
  gatherIntoReady();
  await pump(true);
  await current;
  return fingerprint;
}

async function deferConstraints(tx: Queryable): Promise<DeferredObjects> {
  // Index builds sort in memory up to this much; the setting ends with the transaction.
  await tx.exec("SET LOCAL maintenance_work_mem = '256MB'");
  return dropUniverseConstraints(tx);
}

interface StarterStation {
  id: string;
  name: string;
  systemId: string;
  systemName: string;
  x: number;
  y: number;
  z: number;
}

/** The plan's starter station (the first station of Genesis Prime), as loaded. */
async function findStarterStation(tx: Queryable, stationId: string): Promise<StarterStation | null> {
  const result = await tx.query<{ id: string; name: string; system_id: string; system_name: string; x: number; y: number; z: number }>(
    `SELECT st.id, st.name, ss.id AS system_id, ss.name AS system_name, st.position_x AS x, st.position_y AS y, st.position_z AS z
       FROM stations st JOIN solar_systems ss ON ss.id = st.solar_system_id
      WHERE st.id = $1`,
    [stationId],
  );
  const row = result.rows[0];
  if (!row) return null;
  return { id: row.id, name: row.name, systemId: row.system_id, systemName: row.system_name, x: row.x, y: row.y, z: row.z };
}

function rehomeMode(option: LoadOptions['rehome']): RehomeMode {
  if (option === undefined || option === true) return 'nearest';
  return option === false ? 'none' : option;
}

/**
 * A load of fewer rows than this into a server is not analyzed (a tiny universe, the CI case): the
 * planner's estimates from the tables' sizes serve a few thousand rows as well as statistics
 * would, and autovacuum analyzes every table whose rows changed within its next round (a minute
 * by default). PGlite has no autovacuum, so there every load is analyzed.
 * Skipping it saves a tiny load into PostgreSQL about 5 ms: ANALYZE's 4–5 ms on the server and
 * three round trips (mean of 65 interleaved runs 0.280 → 0.274 s; the median moves 2 ms).
 */
export const ANALYZE_MIN_ROWS = 10_000;

/**
 * ANALYZE of the universe tables from a sample of 3,000 rows each (statistics target 10) instead of
 * the default 30,000: row counts, null fractions and distinct-value estimates for the planner's
 * joins on ids and names, at a fifth of the cost (eve: 0.28 s against 1.1–1.7 s, measured here).
 */
async function analyzeUniverse(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL default_statistics_target = 10');
    await tx.exec(`ANALYZE ${UNIVERSE_TABLES.map(quoteIdent).join(', ')}`);
  });
}

export async function loadPlan(db: Database, plan: UniversePlan, options: LoadOptions = {}): Promise<LoadSummary> {
  let phaseStartMs = performance.now();
  const phaseDone = (phase: string): void => {
    const nowMs = performance.now();
    options.onPhase?.(phase, (nowMs - phaseStartMs) / 1000);
    phaseStartMs = nowMs;
  };
  // Started before the first query: rows made on this thread are made while the server answers.
  const rows = options.rows ?? prepareRows(db.capabilities, plan, options);
  await assertUniverseSchema(db);
  const bulkWanted = options.bulkLoad === 'always' || ((options.bulkLoad ?? 'auto') === 'auto' && plan.systemCount >= BULK_LOAD_MIN_SYSTEMS);
  const summary = await db.transaction(async (tx) => {
    await takeUniverseLock(tx, options.onWaitingForLock);
    // Every table lock up front, in one fixed order, waiting politely: no deadlock with readers.
    const bulk = await lockUniverseTables(tx, {
      bulk: bulkWanted,
      onWaiting: options.onWaitingForTables,
      onDmlOnly: options.onDmlOnly,
      onBulkStarved: options.onBulkStarved,
    });
    const existingRegions = await countRegions(tx);
    phaseDone('lock');
    // Where every pilot and item is, before the delete forgets it (rehome.ts).
    const oldPlaces = await snapshotOldPlaces(tx);
    let wiped: WipeSummary | null = null;
    if (existingRegions > 0) {
      if (!options.replace) {
        throw new RuntimeError({
          option: 'replace',
          say: (name) => `the database already holds a universe (${existingRegions} regions); pass ${name} to wipe it and load the new one`,
        });
      }
      options.onPhaseStart?.('wipe');
      wiped = await deleteUniverse(tx, options);
      phaseDone('wipe');
    }
    options.onPhaseStart?.('generate and copy');
    const deferred = bulk ? await deferConstraints(tx) : null;
    const fingerprint = await copyPlan(tx, plan, rows, options.onBatch);
    phaseDone('generate and copy');
    if (deferred) {
      options.onPhaseStart?.('rebuild indexes and constraints');
      await restoreUniverseConstraints(tx, deferred);
      phaseDone('rebuild indexes and constraints');
    }
    options.onPhaseStart?.('re-home');
    const station = await findStarterStation(tx, plan.starter.stationId);
    const rehome = station ? await rehomeAfterLoad(tx, rehomeMode(options.rehome), station.id, oldPlaces) : null;
    phaseDone('re-home');
    const digest = fingerprint.digest();
    if (options.label) {
      await writeUniverseLabel(tx, {
        seed: plan.input.seed,
        preset: options.label.preset,
        epoch: plan.input.epoch,
        fingerprint: digest,
        version: packageVersion(),
      });
    }
    options.onPhaseStart?.('commit');
    return {
      counts: fingerprint.counts,
      fingerprint: digest,
      wiped,
      charactersRehomed: rehome ? rehome.movedNearest + rehome.movedToStarter : 0,
      assetsMoved: rehome?.assetsMoved ?? 0,
      starterStation: station ? { id: station.id, name: station.name, systemName: station.systemName } : null,
      rehome,
    };
  });
  phaseDone('commit');
  if (totalRows(summary.counts) >= ANALYZE_MIN_ROWS || !db.capabilities.analyzesInBackground) {
    options.onPhaseStart?.('analyze');
    // Fresh statistics for the planner; outside the transaction so it never holds the load back.
    // The load is committed by now: a failed ANALYZE must not report it as failed.
    await analyzeUniverse(db).catch(() => undefined);
    phaseDone('analyze');
  }
  return summary;
}

export async function wipeDatabase(db: Database, options: WipeOptions = {}): Promise<WipeSummary> {
  await assertUniverseSchema(db);
  return db.transaction(async (tx) => {
    await takeUniverseLock(tx, options.onWaitingForLock);
    await lockUniverseTables(tx, { bulk: false, onWaiting: options.onWaitingForTables });
    const summary = await deleteUniverse(tx, options);
    await clearUniverseLabel(tx);
    return summary;
  });
}
