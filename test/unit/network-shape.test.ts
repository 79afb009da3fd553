// The network-shape measures (src/inspect/network-shape.ts) against brute force written here:
// routes by a BFS from every node, articulation points by deleting each node and counting
// components, bridges by deleting each edge, clustering by counting triangles per node, and the
// security borders by walking the lanes — on random subgraphs of planar maps (with dead ends,
// chains and triangles) and a hand-made map.
import { describe, expect, it } from 'vitest';
import { averageClustering, cutShape, degreeShape, routeShape, securityBorderShape, type Csr } from '../../src/inspect/network-shape.js';
import { lcg, randomPlanarMap } from '../fixtures/synthetic.js';

function csrOf(n: number, edges: readonly (readonly [number, number])[]): Csr {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    lists[a].push(b);
    lists[b].push(a);
  }
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v] + lists[v].length;
  return { start, adjacency: Int32Array.from(lists.flat()) };
}

/** Components of the graph without node `skipNode` and edge `skipEdge`. */
function components(n: number, edges: readonly (readonly [number, number])[], skipNode = -1, skipEdge = -1): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v])));
  edges.forEach(([a, b], k) => {
    if (k !== skipEdge && a !== skipNode && b !== skipNode) parent[find(a)] = find(b);
  });
  let count = 0;
  for (let v = 0; v < n; v++) if (v !== skipNode && find(v) === v) count++;
  return count;
}

function bfs(n: number, edges: readonly (readonly [number, number])[], source: number): number[] {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    lists[a].push(b);
    lists[b].push(a);
  }
  const distance = new Array<number>(n).fill(-1);
  distance[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    for (const w of lists[queue[head]]) {
      if (distance[w] < 0) {
        distance[w] = distance[queue[head]] + 1;
        queue.push(w);
      }
    }
  }
  return distance;
}

/** A connected random subgraph of a planar map: a spanning tree (so chains and dead ends) plus a few extra edges. */
function randomNetwork(points: number, seed: number): { n: number; edges: [number, number][] } {
  const map = randomPlanarMap(points, seed, 1000);
  const random = lcg(seed * 7 + 1);
  const parent = Array.from({ length: points }, (_, i) => i);
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v])));
  const shuffled = [...map.edges].sort(() => random() - 0.5);
  const edges: [number, number][] = [];
  for (const [a, b] of shuffled) {
    if (find(a) !== find(b)) {
      parent[find(a)] = find(b);
      edges.push([a, b]);
    } else if (random() < 0.15) edges.push([a, b]);
  }
  return { n: points, edges };
}

describe('network-shape measures against brute force', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`agree on a random network (seed ${seed})`, () => {
      const { n, edges } = randomNetwork(60, seed);
      const graph = csrOf(n, edges);

      const distances = Array.from({ length: n }, (_, v) => bfs(n, edges, v));
      const eccentricities = distances.map((row) => Math.max(...row));
      const means = distances.map((row) => row.reduce((s, d) => s + d, 0) / (n - 1));
      const routes = routeShape(graph);
      expect(routes.exact).toBe(true);
      expect(routes.averageJumps).toBeCloseTo(means.reduce((s, m) => s + m, 0) / n, 10);
      expect(routes.diameter).toBe(Math.max(...eccentricities));
      expect(routes.radius).toBe(Math.min(...eccentricities));
      expect(routes.bestMeanJumps).toBeCloseTo(Math.min(...means), 10);

      const base = components(n, edges);
      const degree = (v: number): number => edges.filter(([a, b]) => a === v || b === v).length;
      let articulation = 0;
      for (let v = 0; v < n; v++) if (components(n, edges, v) > base) articulation++;
      let bridges = 0;
      let pipes = 0;
      edges.forEach(([a, b], k) => {
        if (components(n, edges, -1, k) > base) {
          bridges++;
          if (degree(a) > 1 && degree(b) > 1) pipes++;
        }
      });
      expect(cutShape(graph)).toEqual({ articulationPoints: articulation, bridges, pipes });

      const linked = (p: number, q: number): boolean => edges.some(([a, b]) => (a === p && b === q) || (a === q && b === p));
      let clustering = 0;
      for (let v = 0; v < n; v++) {
        const around = edges.flatMap(([a, b]) => (a === v ? [b] : b === v ? [a] : []));
        if (around.length < 2) continue;
        let triangles = 0;
        for (let i = 0; i < around.length; i++) for (let j = i + 1; j < around.length; j++) if (linked(around[i], around[j])) triangles++;
        clustering += triangles / ((around.length * (around.length - 1)) / 2);
      }
      expect(averageClustering(graph)).toBeCloseTo(clustering / n, 12);

      const histogram = new Map<number, number>();
      for (let v = 0; v < n; v++) histogram.set(degree(v), (histogram.get(degree(v)) ?? 0) + 1);
      const shape = degreeShape(graph);
      expect(histogram.get(shape.mode)).toBe(Math.max(...histogram.values()));
      expect(shape.hubShare).toBeCloseTo([...Array(n).keys()].filter((v) => degree(v) >= 5).length / n, 12);
    });
  }

  it('count security cliffs, high→null and high↔low gates, high-sec pieces and all-high regions on a hand-made map', () => {
    // 0(1.0)–1(0.9)–2(0.4)–3(0.0); 1–4(0.6)–5(0.5); 6(0.8) alone in region 2 joined to 5; 7(0.7)–3.
    const edges: [number, number][] = [[0, 1], [1, 2], [2, 3], [1, 4], [4, 5], [5, 6], [3, 7]];
    const security = [1.0, 0.9, 0.4, 0.0, 0.6, 0.5, 0.8, 0.7];
    const region = [0, 0, 0, 1, 0, 0, 2, 1];
    const shape = securityBorderShape(csrOf(8, edges), security, region);
    // Cliffs: 1–2 (0.5), 2–3 (0.4), 3–7 (0.7): 3 of 7 lanes.
    expect(shape.cliffShare).toBeCloseTo(3 / 7, 12);
    expect(shape.highToNull).toBe(1);
    expect(shape.highLow).toBe(1);
    // High-sec pieces: {0, 1, 4, 5, 6} and {7}.
    expect(shape.highPieces).toBe(2);
    expect(shape.largestHighPieceShare).toBeCloseTo(5 / 6, 12);
    // Region 2 is only system 6 (0.8): all high.
    expect(shape.allHighRegions).toBe(1);
  });
});
