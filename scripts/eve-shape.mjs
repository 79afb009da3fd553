// Prints, one line per seed, every network figure of issue 10's table for an eve-preset skeleton
// and flags (with *) those outside EVE's ±10 % (the ranges test/property/generator-network-shape
// uses). Only the skeleton is built (lanes and security), as the property tests do.
// Usage: npm run build && node scripts/eve-shape.mjs [seed ...]   (default: the 12 seeds below)
import { performance } from 'node:perf_hooks';
import { resolveParams } from '../dist/config/params.js';
import { EVE_NETWORK } from '../dist/inspect/eve-figures.js';
import { averageClustering, cutShape, degreeShape, routeShape, securityBorderShape } from '../dist/inspect/network-shape.js';
import { SeedSpace } from '../dist/random/stream.js';
import { adjacencyOf } from '../dist/universe/skeleton/graph.js';
import { buildSkeleton } from '../dist/universe/skeleton/skeleton.js';

const seeds = process.argv.length > 2 ? process.argv.slice(2) : ['1', '2', '3', '5', '7', '11', '13', '17', '23', '42', '99', '100'];
const ten = (v) => [0.9 * v, 1.1 * v];
const columns = [
  ['route', ten(EVE_NETWORK.averageRouteJumps), 1],
  ['diam', ten(EVE_NETWORK.diameterJumps), 0],
  ['rad', ten(EVE_NETWORK.radiusJumps), 0],
  ['best', ten(EVE_NETWORK.bestMeanJumps), 1],
  ['deg2%', ten(EVE_NETWORK.modeDegreeShare * 100), 1],
  ['hub%', ten(EVE_NETWORK.hubShare * 100), 2],
  ['art%', ten(EVE_NETWORK.articulationPointShare * 100), 1],
  ['pipes', ten(EVE_NETWORK.pipes), 0],
  ['clust', ten(EVE_NETWORK.averageClustering), 3],
  ['cliff%', ten(EVE_NETWORK.securityCliffShare * 100), 2],
  ['h→n', [2, 10], 0],
  ['h↔l', ten(EVE_NETWORK.highLowGates), 0],
  ['pieces', [20, 60], 0],
  ['largest%', [85, 95], 1],
  ['allHigh', [0, 0], 0],
];
console.log(['seed', ...columns.map(([name]) => name)].map((s) => s.padStart(9)).join(''));
let misses = 0;
for (const seed of seeds) {
  const started = performance.now();
  const skeleton = buildSkeleton(new SeedSpace(seed), resolveParams('eve', undefined));
  const ms = performance.now() - started;
  const a = [];
  const b = [];
  for (const system of skeleton.systems) for (const gate of system.gates) if (gate.to > system.index) { a.push(system.index); b.push(gate.to); }
  const adjacency = adjacencyOf(skeleton.systems.length, a, b, a.length);
  const graph = { start: adjacency.offsets, adjacency: adjacency.targets };
  const n = skeleton.systems.length;
  const routes = routeShape(graph);
  const degrees = degreeShape(graph);
  const cuts = cutShape(graph);
  const borders = securityBorderShape(graph, skeleton.systems.map((s) => s.security), skeleton.systems.map((s) => s.regionIndex));
  const values = [
    routes.averageJumps, routes.diameter, routes.radius, routes.bestMeanJumps,
    degrees.corridorShare * 100, degrees.hubShare * 100, (cuts.articulationPoints / n) * 100, cuts.pipes,
    averageClustering(graph), borders.cliffShare * 100, borders.highToNull, borders.highLow,
    borders.highPieces, borders.largestHighPieceShare * 100, borders.allHighRegions,
  ];
  const cells = values.map((v, i) => {
    const [, [low, high], digits] = columns[i];
    const out = v < low - 1e-9 || v > high + 1e-9;
    if (out) misses++;
    return `${v.toFixed(digits)}${out ? '*' : ' '}`.padStart(9);
  });
  console.log(`${seed.padStart(9)}${cells.join('')}   (${Math.round(ms)} ms, mode ${degrees.mode})`);
}
console.log(`${misses} figure(s) out of range (*)`);
