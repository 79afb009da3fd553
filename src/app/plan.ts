// `generate --replace --plan` and `wipe --plan`: what a replace or a wipe would do to the target
// database — rows deleted and added per table, where the pilots would go (the same re-homing SQL
// the replace runs, rehome.ts), items moved, game servers that block or would be detached — read
// from one read-only snapshot. Nothing is written, no lock is taken: it works while the game runs.
import type { Database, Queryable } from '../db/database.js';
import { assertUniverseSchema } from '../db/migrate.js';
import { planRehome, type NewPlaces, type RehomeMode, type RehomeSummary } from '../db/rehome.js';
import { describeUniverseInDatabase, type UniverseInDatabase } from '../db/universe-label.js';
import { planUniverse, type UniversePlan } from '../universe/generate.js';
import type { ResolvedUniverseInput } from './input.js';
import { withTarget, type TargetOptions } from './target.js';
import { UNIVERSE_TABLES } from '../db/schema/registry.js';
import type { UniverseTable } from '../universe/rows.js';

export interface GameServersPlan {
  /** Servers whose system or region points into the universe. */
  names: string[];
  /** 'none': no server points into it; 'block': the operation would refuse; 'detach': they would be set to NULL. */
  action: 'none' | 'block' | 'detach';
}

export interface OperationPlan {
  operation: 'replace' | 'wipe';
  /** Always false: a plan changes nothing. */
  changed: false;
  target: string;
  current: UniverseInDatabase;
  /** The universe that would be loaded (replace only). */
  next: { seed: string; preset: string; systems: number } | null;
  tables: Record<UniverseTable, { delete: number; add: number }>;
  /** Pilots with a location row, and what would happen to them. */
  pilots: {
    total: number;
    stay: number;
    nearest: number;
    starter: number;
    /** Left without a location (--rehome none, or a wipe). */
    none: number;
    topStations: RehomeSummary['topStations'];
  };
  /** Items in stations of the old universe: moved with their owners, or left (wipe, --rehome none). */
  assets: { moved: number; left: number };
  gameServers: GameServersPlan;
  /** The operation would refuse (game servers without --detach-servers). */
  wouldRefuse: boolean;
}

export interface PlanOptions {
  detachServers?: boolean;
  rehome?: RehomeMode;
  /** The preset name of the new universe, for the report. */
  preset?: string;
  /** Rows of the new universe stream by (for a progress display). */
  onBatch?: (table: UniverseTable, rowCount: number) => void;
}

/** Counts of every table of the new universe, and the systems and stations pilots could go to. */
function newUniverse(plan: UniversePlan, onBatch?: PlanOptions['onBatch']): { counts: Record<UniverseTable, number>; places: NewPlaces } {
  const counts = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, 0])) as Record<UniverseTable, number>;
  const places: NewPlaces = { systems: [], stations: [] };
  const systemNames = new Map<string, string>();
  for (const batch of plan.batches()) {
    counts[batch.table] += batch.rows.length;
    if (batch.table === 'solar_systems') {
      for (const row of batch.rows as { id: string; name: string; position_x: number; position_y: number; position_z: number; security_status: number }[]) {
        places.systems.push({ id: row.id, x: row.position_x, y: row.position_y, z: row.position_z, security: row.security_status });
        systemNames.set(row.id, row.name);
      }
    } else if (batch.table === 'stations') {
      for (const row of batch.rows as { id: string; solar_system_id: string; name: string }[]) {
        places.stations.push({ id: row.id, systemId: row.solar_system_id, name: row.name, systemName: systemNames.get(row.solar_system_id) ?? '' });
      }
    }
    onBatch?.(batch.table, batch.rows.length);
  }
  return { counts, places };
}

async function currentCounts(db: Queryable): Promise<Record<UniverseTable, number>> {
  const select = UNIVERSE_TABLES.map((table) => `(SELECT count(*) FROM "${table}") AS "${table}"`).join(', ');
  const result = await db.query<Record<string, string | number>>(`SELECT ${select}`);
  return Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, Number(result.rows[0][table])])) as Record<UniverseTable, number>;
}

async function boundServers(db: Queryable): Promise<string[]> {
  const result = await db.query<{ server_name: string }>(
    'SELECT server_name FROM game_servers WHERE solar_system_id IS NOT NULL OR region_id IS NOT NULL ORDER BY server_name',
  );
  return result.rows.map((row) => row.server_name);
}

/** What a wipe leaves behind: every located pilot loses their place, items their station. */
async function wipeOutcome(db: Queryable): Promise<{ pilots: OperationPlan['pilots']; assets: OperationPlan['assets'] }> {
  const result = await db.query<{ total: string | number; located: string | number; assets: string | number }>(
    `SELECT (SELECT count(*) FROM character_locations) AS total,
            (SELECT count(*) FROM character_locations WHERE solar_system_id IS NOT NULL OR station_id IS NOT NULL) AS located,
            (SELECT count(*) FROM assets WHERE lower(location_type) = 'station' AND location_id IS NOT NULL) AS assets`,
  );
  const row = result.rows[0];
  const total = Number(row.total);
  return { pilots: { total, stay: 0, nearest: 0, starter: 0, none: Number(row.located), topStations: [] }, assets: { moved: 0, left: Number(row.assets) } };
}

/**
 * The plan of replacing the database's universe with `plan` (or of wiping it, when `plan` is
 * null). Reads one snapshot; writes nothing.
 */
export async function planOperation(db: Database, plan: UniversePlan | null, options: PlanOptions = {}): Promise<OperationPlan> {
  // Generated before the snapshot opens, so the snapshot is held for the reads only.
  const next = plan ? newUniverse(plan, options.onBatch) : null;
  return db.transaction(
    async (tx) => {
      await assertUniverseSchema(tx);
      const current = await describeUniverseInDatabase(tx);
      const before = await currentCounts(tx);
      const names = current.regions > 0 ? await boundServers(tx) : [];
      const action: GameServersPlan['action'] = names.length === 0 ? 'none' : options.detachServers ? 'detach' : 'block';
      let outcome: Pick<OperationPlan, 'pilots' | 'assets'>;
      if (next && plan) {
        const rehome = await planRehome(tx, options.rehome ?? 'nearest', plan.starter.stationId, next.places);
        const total = rehome.stayed + rehome.movedNearest + rehome.movedToStarter + rehome.leftHomeless;
        outcome = {
          pilots: { total, stay: rehome.stayed, nearest: rehome.movedNearest, starter: rehome.movedToStarter, none: rehome.leftHomeless, topStations: rehome.topStations },
          assets: { moved: rehome.assetsMoved, left: rehome.assetsLeft },
        };
      } else {
        outcome = await wipeOutcome(tx);
      }
      const tables = Object.fromEntries(
        UNIVERSE_TABLES.map((table) => [table, { delete: before[table], add: next ? next.counts[table] : 0 }]),
      ) as OperationPlan['tables'];
      return {
        operation: plan ? 'replace' : 'wipe',
        changed: false,
        target: db.description,
        current,
        next: plan && next ? { seed: plan.input.seed, preset: options.preset ?? 'custom', systems: next.counts.solar_systems } : null,
        tables,
        ...outcome,
        gameServers: { names, action },
        wouldRefuse: action === 'block',
      } satisfies OperationPlan;
    },
    { readOnlySnapshot: true },
  );
}

/**
 * The plan of replacing the target's universe with the universe of `input`, or of wiping it
 * (`input` null): opens the target, reads one snapshot, closes it. `plan` is the plan of `input`
 * when the caller made it already (for its progress totals).
 */
export async function planOnTarget(
  target: TargetOptions,
  input: ResolvedUniverseInput | null,
  options: Omit<PlanOptions, 'preset'> = {},
  plan: UniversePlan | null = input ? planUniverse(input) : null,
): Promise<OperationPlan> {
  return withTarget(target, (db) => planOperation(db, plan, { ...options, preset: input?.preset }));
}
