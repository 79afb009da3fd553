// The universe generator's entry point. planUniverse builds the skeleton whole (regions,
// constellations, systems, lanes, security) and returns a plan whose batches() streams the
// rows: the skeleton tables first, then the detail of each region in turn (planets, moons,
// stations, stargates, belts, anomalies), then wormholes. Every row's parents come in an
// earlier batch; a region's detail exists only while its batches are being consumed.
// Generation is pure: same input, same rows (ids from uuidFor(seed, place path)).
//
// Every table comes from one `{ table, generate }` step: the skeleton steps below, the detail
// steps of detail/region-detail.ts, and the closing step (wormholes). `plan.tables` lists them,
// and the consumers check it covers every table of the schema's registry, so a table declared
// there and never generated fails loudly, naming itself.

import type { UniverseParams } from '../config/params.js';
import { parseEpoch } from '../config/epoch.js';
import { SeedSpace } from '../random/stream.js';
import { LIGHT_YEAR_M } from './constants.js';
import { DETAIL_STEPS, generateRegionDetail } from './detail/region-detail.js';
import type { Skeleton } from './model.js';
import { stationPath } from './paths.js';
import type { ConstellationRow, RegionRow, RowBatch, SolarSystemRow, UniverseRowTypes, UniverseTable, UniverseTables } from './rows.js';
import { buildSkeleton } from './skeleton/skeleton.js';
import { generateWormholes } from './skeleton/wormholes.js';

export interface UniverseInput {
  seed: string;
  params: UniverseParams;
  /** ISO 8601 UTC: the reference time of time-dependent fields (wormhole expiry, completions). */
  epoch: string;
}

export interface UniversePlan {
  readonly input: UniverseInput;
  readonly systemCount: number;
  readonly regionCount: number;
  /** Ids of the starter region (Genesis), system (Genesis Prime) and station (its first). */
  readonly starter: { readonly regionId: string; readonly systemId: string; readonly stationId: string };
  /** The tables the generator's steps produce, in the order their batches first come. */
  readonly tables: readonly UniverseTable[];
  /** Row batches; every row's parents come in an earlier batch. */
  batches(): Generator<RowBatch>;
  /**
   * The same batches in their three parts, for a consumer that generates the regions elsewhere
   * (format/parallel-copy-text.ts hands them to worker threads): batches() is leading(), then
   * regionBatches(skeleton, r, …) for every region in order, then closing().
   */
  readonly parts: PlanParts;
}

export interface PlanParts {
  readonly skeleton: Skeleton;
  readonly epochMs: number;
  /** The skeleton's own tables (regions, constellations, solar systems). */
  leading(): Generator<RowBatch>;
  /** What comes after every region's detail (wormholes). */
  closing(): Generator<RowBatch>;
}

/** The epoch in ms; a caller that skipped input resolution (app/input.ts) gets the same check and message. */
function epochMsOf(epoch: string): number {
  return Date.parse(parseEpoch(epoch));
}

const toMetres = (ly: number): number => Math.round(ly * LIGHT_YEAR_M);

function systemRows(skeleton: Skeleton): SolarSystemRow[] {
  const { systems, constellations } = skeleton;
  return systems.map((s) => ({
    id: s.id,
    constellation_id: constellations[s.constellationIndex].id,
    name: s.name,
    security_status: s.security,
    position_x: toMetres(s.xLy),
    position_y: toMetres(s.yLy),
    position_z: toMetres(s.zLy),
    star_type: s.star.starClass,
    star_temperature: s.star.temperatureK,
    star_radius: s.star.radiusKm,
    has_station: s.stationCount > 0,
    has_stargate: s.gates.length > 0,
  }));
}

/** Mean position (metres) of systems start..end-1: a region's or constellation's offset. */
function centroid(rows: readonly SolarSystemRow[], start: number, end: number): { x_offset: number; y_offset: number; z_offset: number } {
  let x = 0;
  let y = 0;
  let z = 0;
  for (let i = start; i < end; i++) {
    x += rows[i].position_x;
    y += rows[i].position_y;
    z += rows[i].position_z;
  }
  const count = Math.max(1, end - start);
  return { x_offset: x / count, y_offset: y / count, z_offset: z / count };
}

/** A one-sentence description of a region for designers: its character and size. */
function describeRegion(skeleton: Skeleton, region: Skeleton['regions'][number]): string {
  const bands = { high: 0, low: 0, null: 0 };
  for (let i = region.systemStart; i < region.systemEnd; i++) bands[skeleton.systems[i].band]++;
  const systemCount = region.systemEnd - region.systemStart;
  const constellationCount = skeleton.constellations.filter((c) => c.regionIndex === region.index).length;
  const character =
    region.index === 0
      ? 'The starter region, heart of the empire'
      : bands.null > systemCount / 2
        ? 'A lawless null-security frontier region'
        : bands.high >= bands.low
          ? 'A high-security region of the empire'
          : 'A low-security border region of the empire';
  return `${character}: ${constellationCount} constellations, ${systemCount} systems.`;
}

function regionRows(skeleton: Skeleton, systems: readonly SolarSystemRow[]): RegionRow[] {
  return skeleton.regions.map((r) => ({
    id: r.id,
    name: r.name,
    description: describeRegion(skeleton, r),
    ...centroid(systems, r.systemStart, r.systemEnd),
  }));
}

function constellationRows(skeleton: Skeleton, systems: readonly SolarSystemRow[]): ConstellationRow[] {
  return skeleton.constellations.map((c) => ({
    id: c.id,
    region_id: skeleton.regions[c.regionIndex].id,
    name: c.name,
    description: null,
    ...centroid(systems, c.systemStart, c.systemEnd),
  }));
}

/** Genesis and Genesis Prime come first in their tables; the starter station is Genesis Prime's first. */
function starterIds(skeleton: Skeleton, space: SeedSpace): UniversePlan['starter'] {
  const system = skeleton.systems.find((s) => s.isStarter) ?? skeleton.systems[0];
  return {
    regionId: skeleton.regions[system.regionIndex].id,
    systemId: system.id,
    stationId: space.uuid(stationPath(system.path, 1)),
  };
}

/** What a whole-universe step reads: the skeleton and the system rows made from it. */
interface UniverseScope {
  readonly skeleton: Skeleton;
  readonly systems: readonly SolarSystemRow[];
  readonly space: SeedSpace;
  readonly epochMs: number;
}

interface UniverseStep {
  table: UniverseTable;
  generate(scope: UniverseScope): readonly object[];
}

/** A step typed by its own table (so `generate` must return that table's rows). */
const step = <T extends UniverseTable>(table: T, generate: (scope: UniverseScope) => readonly UniverseRowTypes[T][]): UniverseStep => ({ table, generate });

/** The skeleton's own tables, made whole before any detail. */
const SKELETON_STEPS: readonly UniverseStep[] = [
  step('regions', ({ skeleton, systems }) => regionRows(skeleton, systems)),
  step('constellations', ({ skeleton, systems }) => constellationRows(skeleton, systems)),
  step('solar_systems', ({ systems }) => systems),
];

/** Made after every region's detail: wormholes join systems anywhere in the universe. */
const CLOSING_STEPS: readonly UniverseStep[] = [step('wormholes', ({ skeleton, space, epochMs }) => generateWormholes(skeleton, space, epochMs))];

/** Every table the generator makes, in the order of its steps. */
export const GENERATED_TABLES: readonly UniverseTable[] = [...SKELETON_STEPS, ...DETAIL_STEPS, ...CLOSING_STEPS].map(({ table }) => table);

const batchOf = (table: UniverseTable, rows: readonly object[]): RowBatch => ({ table, rows }) as RowBatch;

/**
 * The detail batches of one region, in DETAIL_STEPS order: what plan.batches() yields for it.
 * Pure in (skeleton, regionIndex, seed, epoch), so a worker thread holding a copy of the skeleton
 * makes the same rows.
 */
export function* regionBatches(skeleton: Skeleton, regionIndex: number, space: SeedSpace, epochMs: number): Generator<RowBatch> {
  const detail = generateRegionDetail(skeleton, regionIndex, space, epochMs);
  for (const { table } of DETAIL_STEPS) {
    if (detail[table].length > 0) yield batchOf(table, detail[table]);
  }
}

function* stepBatches(steps: readonly UniverseStep[], scope: UniverseScope): Generator<RowBatch> {
  for (const { table, generate } of steps) {
    const rows = generate(scope);
    if (rows.length > 0) yield batchOf(table, rows);
  }
}

export function planUniverse(input: UniverseInput): UniversePlan {
  const space = new SeedSpace(input.seed);
  return planOfSkeleton(input, buildSkeleton(space, input.params));
}

/** The skeleton's plain data: what a worker thread can send (skeleton-worker.ts). */
export type SkeletonData = Omit<Skeleton, 'space' | 'params'>;

export function skeletonData(skeleton: Skeleton): SkeletonData {
  return { regions: skeleton.regions, constellations: skeleton.constellations, systems: skeleton.systems, galaxyRadiusLy: skeleton.galaxyRadiusLy };
}

/** The skeleton again from its data and the input it was built from (same seed, same parameters). */
export function skeletonOf(input: Pick<UniverseInput, 'seed' | 'params'>, data: SkeletonData): Skeleton {
  return { ...data, space: new SeedSpace(input.seed), params: input.params };
}

/** The plan of `input` around a skeleton already built from it (here or on a worker thread). */
export function planOfSkeleton(input: UniverseInput, skeleton: Skeleton): UniversePlan {
  const epochMs = epochMsOf(input.epoch);
  const space = skeleton.space;
  // A new scope per walk (no rows are shared between two walks); its system rows are made only
  // when a step reads them (the closing steps do not).
  const scopeOf = (): UniverseScope => {
    let systems: SolarSystemRow[] | undefined;
    return {
      skeleton,
      space,
      epochMs,
      get systems() {
        return (systems ??= systemRows(skeleton));
      },
    };
  };
  const parts: PlanParts = {
    skeleton,
    epochMs,
    leading: () => stepBatches(SKELETON_STEPS, scopeOf()),
    closing: () => stepBatches(CLOSING_STEPS, scopeOf()),
  };
  return {
    input,
    systemCount: skeleton.systems.length,
    regionCount: skeleton.regions.length,
    starter: starterIds(skeleton, space),
    tables: GENERATED_TABLES,
    parts,
    *batches(): Generator<RowBatch> {
      yield* parts.leading();
      for (let r = 0; r < skeleton.regions.length; r++) yield* regionBatches(skeleton, r, space, epochMs);
      yield* parts.closing();
    },
  };
}

/** The whole universe in memory (small presets, tests). */
export function generateTables(input: UniverseInput): UniverseTables {
  const plan = planUniverse(input);
  const tables = Object.fromEntries(plan.tables.map((table) => [table, []])) as unknown as UniverseTables;
  for (const batch of plan.batches()) {
    (tables[batch.table] as unknown[]).push(...batch.rows);
  }
  return tables;
}
