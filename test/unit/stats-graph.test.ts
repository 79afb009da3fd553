// The gate-graph helpers behind stats, verify, map and route: adjacency, components, BFS and the
// diameter (iFUB), checked against brute force on synthetic maps.
import { describe, expect, test } from 'vitest';
import { breadthFirst, buildGateGraph, connectedComponents, gateNetworkDiameter, neighboursOf, type GateGraph } from '../../src/inspect/graph.js';
import type { SolarSystemRow, StargateRow } from '../../src/universe/rows.js';
import { lcg, randomPlanarMap } from '../fixtures/synthetic.js';

/** A graph of `n` systems (ids "s0", "s1" …) and two gate rows per edge. */
function graphOf(n: number, edges: readonly [number, number][]): GateGraph {
  const systems = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S${i}` }) as SolarSystemRow);
  const stargates = edges.flatMap(([a, b]) => [
    { solar_system_id: `s${a}`, destination_system_id: `s${b}` } as StargateRow,
    { solar_system_id: `s${b}`, destination_system_id: `s${a}` } as StargateRow,
  ]);
  return buildGateGraph({ solar_systems: systems, stargates });
}

/** Diameter of the largest component by a BFS from every node of it. */
function bruteForceDiameter(graph: GateGraph): number {
  const { componentOf, sizes } = connectedComponents(graph);
  const largest = sizes.indexOf(Math.max(...sizes));
  let diameter = 0;
  for (let node = 0; node < graph.systems.length; node++) {
    if (componentOf[node] !== largest) continue;
    for (const d of breadthFirst(graph, node).distance) diameter = Math.max(diameter, d);
  }
  return diameter;
}

describe('buildGateGraph', () => {
  test('one lane per pair whatever the gate rows; self-gates and unknown systems left out; neighbours ascending', () => {
    const systems = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }) as SolarSystemRow);
    const gate = (from: string, to: string) => ({ solar_system_id: from, destination_system_id: to }) as StargateRow;
    const graph = buildGateGraph({
      solar_systems: systems,
      stargates: [gate('c', 'a'), gate('a', 'c'), gate('a', 'c'), gate('b', 'a'), gate('d', 'd'), gate('d', 'ghost'), gate('d', 'a')],
    });
    expect(graph.lanes).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect([...neighboursOf(graph, 0)]).toEqual([1, 2, 3]);
    expect([...neighboursOf(graph, 3)]).toEqual([0]);
  });
});

describe('components and distances', () => {
  test('a path, a triangle and an isolated node', () => {
    const graph = graphOf(8, [
      [0, 1],
      [1, 2],
      [2, 3],
      [4, 5],
      [5, 6],
      [6, 4],
    ]);
    const components = connectedComponents(graph);
    expect(components.count).toBe(3);
    expect(components.sizes).toEqual([4, 3, 1]);
    expect([...breadthFirst(graph, 0).distance]).toEqual([0, 1, 2, 3, -1, -1, -1, -1]);
    expect(gateNetworkDiameter(graph)).toMatchObject({ jumps: 3, exact: true });
  });

  test('empty and single-node graphs', () => {
    expect(gateNetworkDiameter(graphOf(0, []))).toMatchObject({ jumps: 0, exact: true });
    expect(gateNetworkDiameter(graphOf(1, []))).toMatchObject({ jumps: 0, exact: true });
  });
});

describe('gateNetworkDiameter', () => {
  test.each([1, 2, 3, 4, 5])('equals brute force on a thinned random planar map (seed %i)', (seed) => {
    const map = randomPlanarMap(700, seed);
    const random = lcg(seed * 31);
    // Keep ~45 % of the Delaunay edges: sparse like a gate network, with long detours.
    const graph = graphOf(700, map.edges.filter(() => random() < 0.45));
    const result = gateNetworkDiameter(graph);
    expect(result.exact).toBe(true);
    expect(result.jumps).toBe(bruteForceDiameter(graph));
    expect(result.searches).toBeLessThan(700);
  });

  test('past its search budget it returns a lower bound and says so', () => {
    const map = randomPlanarMap(400, 9);
    const graph = graphOf(400, map.edges);
    const result = gateNetworkDiameter(graph, 5);
    expect(result.exact).toBe(false);
    expect(result.jumps).toBeLessThanOrEqual(bruteForceDiameter(graph));
  });
});
