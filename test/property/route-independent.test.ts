// `route` (src/inspect/route.ts) against a second implementation written here: all-pairs jumps
// by a breadth-first search from every system over the stargate rows themselves (no project
// graph code), on a sample of pairs of a standard universe. The route must be as short as the
// BFS says, start and end where asked, and step only along gates. The average over all pairs is
// also checked against the figure `stats --compare eve` prints (src/inspect/network-shape.ts).
import { describe, expect, it } from 'vitest';
import { routeShape } from '../../src/inspect/network-shape.js';
import { buildGateGraph } from '../../src/inspect/graph.js';
import { findRoute } from '../../src/inspect/route.js';
import { generated } from '../fixtures/generated.js';
import { lcg } from '../fixtures/synthetic.js';

describe('route against an all-pairs BFS written in the test', () => {
  const tables = generated('standard', '42');
  const ids = tables.solar_systems.map((s) => s.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const neighbours: Set<number>[] = ids.map(() => new Set());
  for (const gate of tables.stargates) neighbours[indexOf.get(gate.solar_system_id) as number].add(indexOf.get(gate.destination_system_id) as number);
  const jumps = ids.map((_, source) => {
    const distance = new Array<number>(ids.length).fill(-1);
    distance[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      for (const next of neighbours[queue[head]]) {
        if (distance[next] === -1) {
          distance[next] = distance[queue[head]] + 1;
          queue.push(next);
        }
      }
    }
    return distance;
  });

  it('finds a shortest route along gates for 300 sampled pairs', () => {
    const random = lcg(2026);
    const nameOf = tables.solar_systems.map((s) => s.name);
    const indexByName = new Map(nameOf.map((name, i) => [name, i]));
    for (let k = 0; k < 300; k++) {
      const from = Math.floor(random() * ids.length);
      const to = Math.floor(random() * ids.length);
      const route = findRoute(tables, nameOf[from], nameOf[to]);
      expect(route[0]).toBe(nameOf[from]);
      expect(route[route.length - 1]).toBe(nameOf[to]);
      expect(route.length - 1, `${nameOf[from]} → ${nameOf[to]}`).toBe(jumps[from][to]);
      for (let step = 1; step < route.length; step++) {
        expect(neighbours[indexByName.get(route[step - 1]) as number].has(indexByName.get(route[step]) as number)).toBe(true);
      }
    }
  });

  it('gives the average route, diameter and best-placed system the compare table prints', () => {
    let sum = 0;
    let pairs = 0;
    let diameter = 0;
    let best = Infinity;
    for (const row of jumps) {
      const total = row.reduce((s, d) => s + d, 0);
      sum += total;
      pairs += row.length - 1;
      diameter = Math.max(diameter, ...row);
      best = Math.min(best, total / (row.length - 1));
    }
    const graph = buildGateGraph(tables);
    const shape = routeShape({ start: graph.start, adjacency: graph.adjacency });
    expect(shape.averageJumps).toBeCloseTo(sum / pairs, 9);
    expect(shape.diameter).toBe(diameter);
    expect(shape.bestMeanJumps).toBeCloseTo(best, 9);
  });
});
