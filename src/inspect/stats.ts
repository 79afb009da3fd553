// `stats`: counts and distributions of a universe (plain JSON-serialisable data), and their
// terminal rendering with EVE Online's k-space figures beside ours.
// The network diameter is exact (iFUB, see graph.ts); on very large maps it stops after a
// budget of breadth-first searches and is then reported as a lower bound (diameterExact false).
import { Chalk } from 'chalk';
import { STAR_CLASS_RANGES } from '../universe/constants.js';
import { UNIVERSE_TABLES } from '../db/schema/registry.js';
import type { UniverseTable, UniverseTables } from '../universe/rows.js';
import { totalRows } from '../format/fingerprint.js';
import { EVE_FIGURES, HIGH_SEC_MIN, securityClass, type Share3 } from './eve-figures.js';
import { buildGateGraph, connectedComponents, gateNetworkDiameter } from './graph.js';
import { degreeSummary, edgeMix, moonsPerPlanet, planetsPerSystem, securityCounts, shares, type CountSummary, type DegreeSummary, type EdgeMix } from './measures.js';

export interface UniverseStats {
  counts: Record<UniverseTable, number>;
  totalRows: number;
  security: { counts: Share3; shares: Share3 };
  /** Systems per star class, O B A F G K M first, then anything else found. */
  starClasses: Record<string, number>;
  planetTypes: Record<string, number>;
  planetsPerSystem: CountSummary;
  moonsPerPlanet: CountSummary;
  gates: {
    /** Lanes: unordered pairs of systems joined by gates. */
    pairs: number;
    perSystem: DegreeSummary;
    edgeMix: { counts: EdgeMix; shares: EdgeMix };
    components: number;
    diameterJumps: number;
    diameterExact: boolean;
  };
  stations: { byType: Record<string, number>; perSystemBySecurity: Share3 };
  beltOres: Record<string, number>;
  anomalies: { byType: Record<string, number>; byDifficulty: Record<string, number> };
  wormholes: { count: number; meanStability: number };
}

/** Occurrences of each value, keys in first-seen order unless `order` puts some first. */
function tally(values: Iterable<string | null>, order: readonly string[] = []): Record<string, number> {
  const counts = new Map<string, number>(order.map((key) => [key, 0]));
  for (const value of values) {
    const key = value ?? '(none)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries(counts);
}

export function computeStats(tables: UniverseTables): UniverseStats {
  const counts = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, tables[table].length])) as Record<UniverseTable, number>;
  const graph = buildGateGraph(tables);
  const systemCount = tables.solar_systems.length;
  const security = securityCounts(tables.solar_systems);
  const mix = edgeMix(graph, tables.constellations);
  const diameter = gateNetworkDiameter(graph);
  const securityById = new Map(tables.solar_systems.map((s) => [s.id, s.security_status]));
  const stationsByClass: Share3 = { high: 0, low: 0, null: 0 };
  for (const station of tables.stations) {
    const status = securityById.get(station.solar_system_id);
    if (status !== undefined) stationsByClass[securityClass(status)]++;
  }
  const perSystemBySecurity: Share3 = {
    high: security.high === 0 ? 0 : stationsByClass.high / security.high,
    low: security.low === 0 ? 0 : stationsByClass.low / security.low,
    null: security.null === 0 ? 0 : stationsByClass.null / security.null,
  };
  const stability = tables.wormholes.reduce((sum, w) => sum + (w.stability ?? 0), 0);
  return {
    counts,
    totalRows: totalRows(counts),
    security: { counts: security, shares: shares(security, systemCount) },
    starClasses: tally(
      tables.solar_systems.map((s) => s.star_type),
      Object.keys(STAR_CLASS_RANGES),
    ),
    planetTypes: tally(tables.planets.map((p) => p.planet_type)),
    planetsPerSystem: planetsPerSystem(tables.solar_systems, tables.planets),
    moonsPerPlanet: moonsPerPlanet(tables.planets, tables.moons),
    gates: {
      pairs: graph.lanes.length,
      perSystem: degreeSummary(graph),
      edgeMix: { counts: mix, shares: shares(mix, graph.lanes.length) },
      components: connectedComponents(graph).count,
      diameterJumps: diameter.jumps,
      diameterExact: diameter.exact,
    },
    stations: { byType: tally(tables.stations.map((s) => s.station_type)), perSystemBySecurity },
    beltOres: tally(tables.asteroid_belts.map((b) => b.ore_type)),
    anomalies: {
      byType: tally(tables.anomalies.map((a) => a.anomaly_type)),
      byDifficulty: tally(
        tables.anomalies.map((a) => a.difficulty),
        ['Easy', 'Medium', 'Hard', 'Elite'],
      ),
    },
    wormholes: { count: tables.wormholes.length, meanStability: tables.wormholes.length === 0 ? 0 : stability / tables.wormholes.length },
  };
}

// ── Terminal rendering ──────────────────────────────────────────────────────────────────────

const integer = (value: number): string => value.toLocaleString('en-US');
const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;
const decimal = (value: number, digits = 2): string => value.toFixed(digits);
const BAR_WIDTH = 40;

type Row = [label: string, ours: string, eve?: string];

export function formatStats(stats: UniverseStats, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  const heading = (title: string): void => {
    lines.push('', chalk.bold.cyan(title));
  };
  /** A table of rows: label, ours right-aligned, EVE's right-aligned and dimmed. */
  const table = (rows: Row[], showEve: boolean): void => {
    const labelWidth = Math.max(...rows.map((r) => r[0].length));
    const oursWidth = Math.max(4, ...rows.map((r) => r[1].length));
    const eveWidth = Math.max(11, ...rows.map((r) => (r[2] ?? '').length));
    if (showEve) lines.push(chalk.dim(`  ${''.padEnd(labelWidth)}  ${'ours'.padStart(oursWidth)}  ${'EVE k-space'.padStart(eveWidth)}`));
    for (const [label, ours, eve] of rows) {
      const eveText = showEve ? `  ${chalk.dim((eve ?? '').padStart(eveWidth))}` : '';
      lines.push(`  ${label.padEnd(labelWidth)}  ${chalk.bold(ours.padStart(oursWidth))}${eveText}`);
    }
  };
  const histogram = (values: number[], label: (k: number) => string): void => {
    const peak = Math.max(1, ...values);
    const labelWidth = Math.max(...values.map((_, k) => label(k).length));
    values.forEach((count, k) => {
      const bar = '█'.repeat(Math.round((BAR_WIDTH * count) / peak));
      lines.push(`  ${label(k).padStart(labelWidth)}  ${chalk.green(bar)} ${integer(count)}`);
    });
  };
  /** Rows "label  count  share", counts aligned among themselves. */
  const tallyRows = (counts: Record<string, number>, total: number): Row[] => {
    const width = Math.max(...Object.values(counts).map((count) => integer(count).length));
    return Object.entries(counts).map(([key, count]) => [key, `${integer(count).padStart(width)}  ${percent(total === 0 ? 0 : count / total).padStart(7)}`]);
  };

  heading(`Universe: ${integer(stats.totalRows)} rows`);
  const eveRows: Partial<Record<UniverseTable, number>> = EVE_FIGURES.rows;
  table(
    UNIVERSE_TABLES.map((t) => [t, integer(stats.counts[t]), eveRows[t] === undefined ? '' : `≈ ${integer(eveRows[t])}`]),
    true,
  );

  const g = stats.gates;
  heading('Stargate network');
  table(
    [
      ['gate pairs (lanes)', integer(g.pairs), `≈ ${integer(EVE_FIGURES.gatePairs)}`],
      ['mean gates per system', decimal(g.perSystem.mean), decimal(EVE_FIGURES.meanGatesPerSystem)],
      ['max gates per system', integer(g.perSystem.max), integer(EVE_FIGURES.maxGatesPerSystem)],
      ['dead ends (1 gate)', percent(g.perSystem.deadEndShare), percent(EVE_FIGURES.deadEndShare)],
      ['lanes inside a constellation', percent(g.edgeMix.shares.insideConstellation), percent(EVE_FIGURES.edgeMix.insideConstellation)],
      ['lanes between constellations', percent(g.edgeMix.shares.betweenConstellations), percent(EVE_FIGURES.edgeMix.betweenConstellations)],
      ['lanes between regions', percent(g.edgeMix.shares.betweenRegions), percent(EVE_FIGURES.edgeMix.betweenRegions)],
      ['connected components', integer(g.components), '1'],
      ['diameter (jumps)', g.diameterExact ? integer(g.diameterJumps) : `≥ ${integer(g.diameterJumps)}`],
    ],
    true,
  );
  heading('Gates per system');
  histogram(g.perSystem.histogram, (k) => String(k));

  const s = stats.security;
  heading('Security');
  const [high, low, nul] = tallyRows({ [`high-sec (≥ ${HIGH_SEC_MIN})`]: s.counts.high, 'low-sec': s.counts.low, 'null-sec (0.0)': s.counts.null }, stats.counts.solar_systems);
  table(
    [
      [high[0], high[1], percent(EVE_FIGURES.securityMix.high)],
      [low[0], low[1], percent(EVE_FIGURES.securityMix.low)],
      [nul[0], nul[1], percent(EVE_FIGURES.securityMix.null)],
    ],
    true,
  );

  heading('Stars by class');
  table(tallyRows(stats.starClasses, stats.counts.solar_systems), false);

  heading('Planets');
  table(
    [
      ['per system: median', decimal(stats.planetsPerSystem.median, 1), String(EVE_FIGURES.planetsPerSystemMedian)],
      ['per system: max', integer(stats.planetsPerSystem.max), String(EVE_FIGURES.planetsPerSystemMax)],
      ['per system: mean', decimal(stats.planetsPerSystem.mean)],
    ],
    true,
  );
  table(tallyRows(stats.planetTypes, stats.counts.planets), false);

  heading('Moons');
  table(
    [
      ['per planet: mean', decimal(stats.moonsPerPlanet.mean), decimal(EVE_FIGURES.moonsPerPlanetMean, 1)],
      ['planets without moons', percent(stats.moonsPerPlanet.noneShare), percent(EVE_FIGURES.planetsWithoutMoonsShare)],
      ['per planet: max', integer(stats.moonsPerPlanet.max)],
    ],
    true,
  );
  heading('Moons per planet');
  histogram(stats.moonsPerPlanet.histogram, (k) => String(k));

  heading('Stations by type');
  table(tallyRows(stats.stations.byType, stats.counts.stations), false);
  const perClass = stats.stations.perSystemBySecurity;
  table(
    [
      ['per high-sec system', decimal(perClass.high)],
      ['per low-sec system', decimal(perClass.low)],
      ['per null-sec system', decimal(perClass.null)],
    ],
    false,
  );

  heading('Asteroid belts by ore');
  table(tallyRows(stats.beltOres, stats.counts.asteroid_belts), false);

  heading('Anomalies');
  table([...tallyRows(stats.anomalies.byType, stats.counts.anomalies), ...tallyRows(stats.anomalies.byDifficulty, stats.counts.anomalies)], false);

  heading('Wormholes');
  table(
    [
      ['wormholes', integer(stats.wormholes.count)],
      ['mean stability', `${decimal(stats.wormholes.meanStability, 1)} %`],
    ],
    false,
  );
  return lines.slice(1).join('\n');
}
