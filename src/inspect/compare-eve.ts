// `stats --compare eve`: the structure a player feels (routes, crossroads, pipes, triangles,
// security borders) side by side with EVE's k-space, so a designer sees how far a config drifts.
// Ours are measured by src/inspect/network-shape.ts on the universe's own gate graph; EVE's come
// from EVE_NETWORK_REFERENCE (src/universe/constants.ts, via eve-figures.ts) with their source.
// Counts (pipes, border gates, high-sec pieces) grow with the map, so beside the raw count EVE's
// figure is also given scaled to this universe's number of systems.
import { Chalk } from 'chalk';
import type { UniverseTables } from '../universe/rows.js';
import { EVE_NETWORK } from './eve-figures.js';
import { buildGateGraph } from './graph.js';
import { averageClustering, cutShape, degreeShape, routeShape, securityBorderShape } from './network-shape.js';

export interface ComparisonRow {
  /** Stable key for --json. */
  key: string;
  label: string;
  ours: number;
  eve: number;
  /** How the value reads: a count, jumps, a share (0–1) or a plain decimal. */
  unit: 'count' | 'jumps' | 'share' | 'decimal';
  /** Counts that grow with the map: EVE's figure scaled to this universe's systems. */
  eveScaled?: number;
}

export interface EveComparison {
  against: 'eve';
  source: string;
  systems: number;
  eveSystems: number;
  /** False when routes were measured from a sample of systems (very large maps). */
  routesExact: boolean;
  rows: ComparisonRow[];
}

export function compareWithEve(tables: Pick<UniverseTables, 'solar_systems' | 'stargates' | 'constellations'>): EveComparison {
  const graph = buildGateGraph(tables);
  const csr = { start: graph.start, adjacency: graph.adjacency };
  const n = graph.systems.length;
  const regionOfConstellation = new Map(tables.constellations.map((c) => [c.id, c.region_id]));
  const regionIndex = new Map<string, number>();
  const regionOf = graph.systems.map((s) => {
    const region = regionOfConstellation.get(s.constellation_id) ?? s.constellation_id;
    if (!regionIndex.has(region)) regionIndex.set(region, regionIndex.size);
    return regionIndex.get(region) as number;
  });
  const routes = routeShape(csr);
  const degrees = degreeShape(csr);
  const cuts = cutShape(csr);
  const security = securityBorderShape(
    csr,
    graph.systems.map((s) => s.security_status),
    regionOf,
  );
  const eve = EVE_NETWORK;
  const scale = n / eve.systems;
  const count = (key: string, label: string, ours: number, eveValue: number): ComparisonRow => ({ key, label, ours, eve: eveValue, unit: 'count', eveScaled: eveValue * scale });
  return {
    against: 'eve',
    source: eve.source,
    systems: n,
    eveSystems: eve.systems,
    routesExact: routes.exact,
    rows: [
      { key: 'averageRouteJumps', label: 'average route (jumps)', ours: routes.averageJumps, eve: eve.averageRouteJumps, unit: 'decimal' },
      { key: 'diameterJumps', label: 'diameter (jumps)', ours: routes.diameter, eve: eve.diameterJumps, unit: 'jumps' },
      { key: 'radiusJumps', label: 'radius (jumps)', ours: routes.radius, eve: eve.radiusJumps, unit: 'jumps' },
      { key: 'bestMeanJumps', label: 'best-placed system, mean jumps', ours: routes.bestMeanJumps, eve: eve.bestMeanJumps, unit: 'decimal' },
      { key: 'modeDegree', label: 'most common gates per system', ours: degrees.mode, eve: eve.modeDegree, unit: 'count' },
      { key: 'modeDegreeShare', label: 'systems with that many gates', ours: degrees.modeShare, eve: eve.modeDegreeShare, unit: 'share' },
      { key: 'hubShare', label: 'hubs (≥ 5 gates)', ours: degrees.hubShare, eve: eve.hubShare, unit: 'share' },
      { key: 'articulationPointShare', label: 'articulation points', ours: n === 0 ? 0 : cuts.articulationPoints / n, eve: eve.articulationPointShare, unit: 'share' },
      count('pipes', 'pipes (bridges, no dead end)', cuts.pipes, eve.pipes),
      { key: 'averageClustering', label: 'average clustering', ours: averageClustering(csr), eve: eve.averageClustering, unit: 'decimal' },
      { key: 'securityCliffShare', label: 'lanes changing security > 0.3', ours: security.cliffShare, eve: eve.securityCliffShare, unit: 'share' },
      count('highToNullGates', 'high-sec → null-sec gates', security.highToNull, eve.highToNullGates),
      count('highLowGates', 'high ↔ low border gates', security.highLow, eve.highLowGates),
      count('highSecPieces', 'high-sec pieces', security.highPieces, eve.highSecPieces),
      { key: 'largestHighSecPieceShare', label: 'largest high-sec piece', ours: security.largestHighPieceShare, eve: eve.largestHighSecPieceShare, unit: 'share' },
      { key: 'allHighSecRegions', label: 'regions all high-sec', ours: security.allHighRegions, eve: eve.allHighSecRegions, unit: 'count' },
    ],
  };
}

const integer = (value: number): string => Math.round(value).toLocaleString('en-US');

function formatValue(value: number, unit: ComparisonRow['unit']): string {
  switch (unit) {
    case 'share':
      return `${(100 * value).toFixed(1)} %`;
    case 'decimal':
      return value.toFixed(value < 1 ? 3 : 1);
    default:
      return integer(value);
  }
}

export function formatComparison(comparison: EveComparison, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const sized = comparison.systems !== comparison.eveSystems;
  const header = ['', 'ours', 'EVE k-space', ...(sized ? [`EVE scaled to ${integer(comparison.systems)}`] : [])];
  const body = comparison.rows.map((row) => [
    row.label,
    formatValue(row.ours, row.unit),
    formatValue(row.eve, row.unit),
    ...(sized ? [row.eveScaled === undefined ? '' : formatValue(row.eveScaled, row.unit)] : []),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: string[], style: (text: string, column: number) => string): string =>
    '  ' + cells.map((cell, column) => style(column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]), column)).join('  ');
  const lines = [
    chalk.bold.cyan(`Against EVE's k-space (${integer(comparison.systems)} systems here, ${integer(comparison.eveSystems)} in EVE)`),
    line(header, (text) => chalk.dim(text)),
    ...body.map((cells) => line(cells, (text, column) => (column === 1 ? chalk.bold(text) : column >= 2 ? chalk.dim(text) : text))),
    chalk.dim(`  EVE: ${comparison.source}.`),
  ];
  if (sized) lines.push(chalk.dim('  Routes grow with the map (about with √systems); counts are scaled in the last column.'));
  if (!comparison.routesExact) lines.push(chalk.dim('  Routes measured from a sample of systems (a very large map).'));
  return lines.join('\n');
}
