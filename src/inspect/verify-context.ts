// What every verify rule module shares: the tables, lookups by id built once, the gate graph,
// the galactic-plane projection, and the reporter that collects violations (capped per rule, so a
// badly broken universe yields a readable list rather than a million lines).
import type {
  ConstellationRow,
  PlanetRow,
  RegionRow,
  SolarSystemRow,
  UniverseTables,
} from '../universe/rows.js';
import { buildGateGraph, type GateGraph } from './graph.js';
import { projectToPlane, type PlaneProjection } from './plane.js';
import { DEFAULT_STARTER, type StarterNames } from './starter.js';

export interface Violation {
  /** The rule family and rule, e.g. `gates.twin` (see verify.ts for the list). */
  rule: string;
  /** One sentence naming the offending entity. */
  message: string;
}

export interface VerifyContext {
  readonly tables: UniverseTables;
  readonly starter: StarterNames;
  readonly graph: GateGraph;
  readonly plane: PlaneProjection;
  readonly regionById: ReadonlyMap<string, RegionRow>;
  readonly constellationById: ReadonlyMap<string, ConstellationRow>;
  readonly systemById: ReadonlyMap<string, SolarSystemRow>;
  readonly planetById: ReadonlyMap<string, PlanetRow>;
  /** Planets of each system, nearest the star first. */
  readonly planetsBySystem: ReadonlyMap<string, PlanetRow[]>;
  report(rule: string, message: string): void;
  /** `system "Jita"`, or the raw id when the system does not exist. */
  systemLabel(systemId: string): string;
  /** The name of a system, or its id in angle brackets when unknown. */
  systemName(systemId: string): string;
  /** The region id of a system, or undefined when its constellation is unknown. */
  regionOfSystem(system: SolarSystemRow): string | undefined;
}

function byId<Row extends { id: string }>(rows: readonly Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) if (!map.has(row.id)) map.set(row.id, row);
  return map;
}

/** Rows grouped by a key, in row order. */
export function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function distanceFromOrigin(row: { position_x: number; position_y: number; position_z: number }): number {
  return Math.hypot(row.position_x, row.position_y, row.position_z);
}

export function distanceBetween(
  p: { position_x: number; position_y: number; position_z: number },
  q: { position_x: number; position_y: number; position_z: number },
): number {
  return Math.hypot(p.position_x - q.position_x, p.position_y - q.position_y, p.position_z - q.position_z);
}

export class ViolationCollector {
  private readonly perRule = new Map<string, number>();
  readonly violations: Violation[] = [];

  constructor(private readonly maxPerRule: number) {}

  report(rule: string, message: string): void {
    const count = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, count);
    if (count <= this.maxPerRule) this.violations.push({ rule, message });
  }

  /** The collected violations, with one closing line per rule that had more than the cap. */
  finish(): Violation[] {
    const result = [...this.violations];
    for (const [rule, count] of this.perRule) {
      if (count > this.maxPerRule) result.push({ rule, message: `… and ${count - this.maxPerRule} more ${rule} violations` });
    }
    return result;
  }
}

export function buildVerifyContext(tables: UniverseTables, collector: ViolationCollector, starter: StarterNames = DEFAULT_STARTER): VerifyContext {
  const systemById = byId(tables.solar_systems);
  const constellationById = byId(tables.constellations);
  const planetsBySystem = groupBy(tables.planets, (planet) => planet.solar_system_id);
  for (const planets of planetsBySystem.values()) planets.sort((p, q) => distanceFromOrigin(p) - distanceFromOrigin(q));
  const systemName = (id: string): string => systemById.get(id)?.name ?? `<${id}>`;
  return {
    tables,
    starter,
    graph: buildGateGraph(tables),
    plane: projectToPlane(tables.solar_systems),
    regionById: byId(tables.regions),
    constellationById,
    systemById,
    planetById: byId(tables.planets),
    planetsBySystem,
    report: (rule, message) => collector.report(rule, message),
    systemName,
    systemLabel: (id) => (systemById.has(id) ? `system "${systemName(id)}"` : `unknown system ${id}`),
    regionOfSystem: (system) => constellationById.get(system.constellation_id)?.region_id,
  };
}
