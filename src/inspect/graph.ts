// The stargate network as an undirected graph over solar systems, shared by verify, stats, map
// and route: compact adjacency (CSR arrays, so 10× EVE stays small and BFS stays fast),
// breadth-first search, connected components and the network diameter in jumps.
// Node i is solar_systems[i]; a lane is an unordered pair of systems joined by at least one gate
// row in either direction (verify reports missing twins and duplicates separately). Gates that
// name an unknown system or point at their own system are left out here and reported by verify.
import type { SolarSystemRow, StargateRow } from '../universe/rows.js';
import { jumpsFrom } from '../universe/skeleton/graph.js';

export interface GateGraph {
  readonly systems: readonly SolarSystemRow[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Unique lanes as node pairs [a, b] with a < b, sorted. */
  readonly lanes: readonly (readonly [number, number])[];
  /** CSR adjacency: the neighbours of node i are adjacency[start[i] .. start[i + 1]), ascending. */
  readonly start: Int32Array;
  readonly adjacency: Int32Array;
}

export function buildGateGraph(tables: { solar_systems: readonly SolarSystemRow[]; stargates: readonly StargateRow[] }): GateGraph {
  const systems = tables.solar_systems;
  const indexById = new Map<string, number>();
  systems.forEach((system, index) => indexById.set(system.id, index));
  const n = systems.length;
  const pairKeys = new Set<number>();
  const lanes: [number, number][] = [];
  for (const gate of tables.stargates) {
    const from = indexById.get(gate.solar_system_id);
    const to = indexById.get(gate.destination_system_id);
    if (from === undefined || to === undefined || from === to) continue;
    const a = Math.min(from, to);
    const b = Math.max(from, to);
    const key = a * n + b;
    if (pairKeys.has(key)) continue;
    pairKeys.add(key);
    lanes.push([a, b]);
  }
  lanes.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const degree = new Int32Array(n);
  for (const [a, b] of lanes) {
    degree[a]++;
    degree[b]++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, n);
  const adjacency = new Int32Array(start[n]);
  // Lanes are sorted by (a, b), so every node's list comes out ascending: the a-side entries of
  // node i (neighbours < i) arrive from earlier lanes than its b-side entries (neighbours > i).
  for (const [a, b] of lanes) {
    adjacency[fill[b]++] = a;
  }
  for (const [a, b] of lanes) {
    adjacency[fill[a]++] = b;
  }
  return { systems, indexById, lanes, start, adjacency };
}

export function degreeOf(graph: GateGraph, node: number): number {
  return graph.start[node + 1] - graph.start[node];
}

export function neighboursOf(graph: GateGraph, node: number): Int32Array {
  return graph.adjacency.subarray(graph.start[node], graph.start[node + 1]);
}

export interface BfsResult {
  /** Jumps from the source, -1 when unreachable. */
  distance: Int32Array;
  /** The node each node was reached from (-1 for the source and unreachable nodes). */
  parent: Int32Array;
  /** Reached nodes in visiting order (nearest first); the last one is a farthest node. */
  order: Int32Array;
  reached: number;
}

export function breadthFirst(graph: GateGraph, source: number): BfsResult {
  const n = graph.systems.length;
  const distance = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  // The generator's one BFS (src/universe/skeleton/graph.ts) on the same CSR arrays.
  const { reached } = jumpsFrom({ offsets: graph.start, targets: graph.adjacency }, source, distance, order, parent);
  return { distance, parent, order: order.subarray(0, reached), reached };
}

export interface Components {
  count: number;
  /** Component number of each node; components are numbered by their lowest node. */
  componentOf: Int32Array;
  /** Node count of each component. */
  sizes: number[];
}

export function connectedComponents(graph: GateGraph): Components {
  const n = graph.systems.length;
  const componentOf = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const stack = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (componentOf[root] !== -1) continue;
    const component = sizes.length;
    let size = 0;
    let top = 0;
    stack[top++] = root;
    componentOf[root] = component;
    while (top > 0) {
      const node = stack[--top];
      size++;
      for (let k = graph.start[node]; k < graph.start[node + 1]; k++) {
        const neighbour = graph.adjacency[k];
        if (componentOf[neighbour] !== -1) continue;
        componentOf[neighbour] = component;
        stack[top++] = neighbour;
      }
    }
    sizes.push(size);
  }
  return { count: sizes.length, componentOf, sizes };
}

export interface Diameter {
  /** Longest shortest route in jumps, within the largest component. */
  jumps: number;
  /** False when the search budget ran out and `jumps` is a lower bound. */
  exact: boolean;
  /** Breadth-first searches spent. */
  searches: number;
}

/** The node halfway along the BFS tree path from the source of `bfs` to `target`. */
function midpoint(bfs: BfsResult, target: number): number {
  let node = target;
  for (let steps = Math.floor(bfs.distance[target] / 2); steps > 0; steps--) node = bfs.parent[node];
  return node;
}

/**
 * The diameter of the largest component by iFUB (Crescenzi et al., "On computing the diameter of
 * real-world undirected graphs", TCS 2013): a 4-sweep picks a central node u, then the
 * eccentricities of the nodes farthest from u are computed level by level until the lower bound
 * beats twice the next level. Exact, and on map-like graphs a few dozen BFS instead of one per
 * node. `maxSearches` caps the work (10× EVE); past it the best lower bound is returned with
 * exact = false.
 */
export function gateNetworkDiameter(graph: GateGraph, maxSearches = 400): Diameter {
  const n = graph.systems.length;
  if (n === 0) return { jumps: 0, exact: true, searches: 0 };
  const components = connectedComponents(graph);
  let largest = 0;
  components.sizes.forEach((size, c) => {
    if (size > components.sizes[largest]) largest = c;
  });
  const first = components.componentOf.indexOf(largest);
  let searches = 0;
  const search = (source: number): BfsResult => {
    searches++;
    return breadthFirst(graph, source);
  };
  const farthest = (bfs: BfsResult): number => bfs.order[bfs.reached - 1];

  // 4-sweep: two double sweeps, each from the midpoint of the previous long path.
  let lowerBound = 0;
  let centre = first;
  for (let sweep = 0; sweep < 2; sweep++) {
    const fromCentre = search(centre);
    const a = farthest(fromCentre);
    const fromA = search(a);
    const b = farthest(fromA);
    lowerBound = Math.max(lowerBound, fromCentre.distance[a], fromA.distance[b]);
    centre = midpoint(fromA, b);
  }
  const fromU = search(centre);
  const eccentricityU = fromU.distance[farthest(fromU)];
  lowerBound = Math.max(lowerBound, eccentricityU);
  // Nodes grouped by level (distance from u), deepest first.
  const levelEnd = new Int32Array(eccentricityU + 2);
  for (let k = 0; k < fromU.reached; k++) levelEnd[fromU.distance[fromU.order[k]] + 1] = k + 1;
  for (let level = eccentricityU; level > 0; level--) {
    if (lowerBound >= 2 * level) return { jumps: lowerBound, exact: true, searches };
    for (let k = levelEnd[level]; k < levelEnd[level + 1]; k++) {
      if (searches >= maxSearches) return { jumps: lowerBound, exact: false, searches };
      const bfs = search(fromU.order[k]);
      lowerBound = Math.max(lowerBound, bfs.distance[farthest(bfs)]);
    }
    // Every node at a level < `level` has eccentricity ≤ 2·(level − 1).
    if (lowerBound > 2 * (level - 1)) return { jumps: lowerBound, exact: true, searches };
  }
  return { jumps: lowerBound, exact: true, searches };
}
