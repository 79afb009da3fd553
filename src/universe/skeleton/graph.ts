// Graph tools for the skeleton: the Delaunay triangulation of the systems in the galactic
// plane as an edge list (every later edge set is a subset of it, so lanes never cross),
// compact adjacency lists, union–find, a multi-source Dijkstra, the one breadth-first search
// (jumps) that the skeleton and the inspect tools share, and bridges. All near O(n log n).

import Delaunator from 'delaunator';

/** Undirected edges a[k]–b[k] with a[k] < b[k]. */
export interface EdgeList {
  a: Int32Array;
  b: Int32Array;
  count: number;
}

/** Adjacency in compressed form: the neighbours of v are targets[offsets[v] .. offsets[v+1]). */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

/** The edges of the Delaunay triangulation of the points (xs[i], ys[i]). */
export function delaunayEdges(xs: Float64Array, ys: Float64Array): EdgeList {
  const n = xs.length;
  const a: number[] = [];
  const b: number[] = [];
  if (n === 2) {
    a.push(0);
    b.push(1);
  } else if (n > 2) {
    const coords = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      coords[2 * i] = xs[i];
      coords[2 * i + 1] = ys[i];
    }
    const { triangles, halfedges } = new Delaunator(coords);
    for (let e = 0; e < triangles.length; e++) {
      // Each interior edge appears as two half-edges: keep the one with the larger index.
      if (e > halfedges[e]) {
        const p = triangles[e];
        const q = triangles[e % 3 === 2 ? e - 2 : e + 1];
        a.push(Math.min(p, q));
        b.push(Math.max(p, q));
      }
    }
    if (triangles.length === 0) collinearChain(xs, ys, a, b);
  }
  return { a: Int32Array.from(a), b: Int32Array.from(b), count: a.length };
}

/** All points on one line (no triangles): join them in order along the line. */
function collinearChain(xs: Float64Array, ys: Float64Array, a: number[], b: number[]): void {
  const order = Array.from(xs, (_, i) => i).sort((p, q) => xs[p] - xs[q] || ys[p] - ys[q]);
  for (let k = 1; k < order.length; k++) {
    a.push(Math.min(order[k - 1], order[k]));
    b.push(Math.max(order[k - 1], order[k]));
  }
}

/** Adjacency lists of `vertexCount` vertices from undirected edges, neighbours in ascending order. */
export function adjacencyOf(vertexCount: number, a: ArrayLike<number>, b: ArrayLike<number>, edgeCount: number): Adjacency {
  const offsets = new Int32Array(vertexCount + 1);
  for (let k = 0; k < edgeCount; k++) {
    offsets[a[k] + 1]++;
    offsets[b[k] + 1]++;
  }
  for (let v = 0; v < vertexCount; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, vertexCount);
  const targets = new Int32Array(2 * edgeCount);
  for (let k = 0; k < edgeCount; k++) {
    targets[fill[a[k]]++] = b[k];
    targets[fill[b[k]]++] = a[k];
  }
  for (let v = 0; v < vertexCount; v++) targets.subarray(offsets[v], offsets[v + 1]).sort();
  return { offsets, targets };
}

export class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(v: number): number {
    let root = v;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[v] !== root) {
      const next = this.parent[v];
      this.parent[v] = root;
      v = next;
    }
    return root;
  }
  /** Joins the sets of p and q; false when they were already one. */
  union(p: number, q: number): boolean {
    const rp = this.find(p);
    const rq = this.find(q);
    if (rp === rq) return false;
    this.parent[rp] = rq;
    return true;
  }
}

/** A binary min-heap of (priority, vertex) pairs; stale entries are skipped by the caller. */
export class MinHeap {
  private priorities: number[] = [];
  private vertices: number[] = [];

  get size(): number {
    return this.vertices.length;
  }

  push(priority: number, vertex: number): void {
    const p = this.priorities;
    const v = this.vertices;
    let i = v.length;
    p.push(priority);
    v.push(vertex);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (p[parent] <= priority) break;
      p[i] = p[parent];
      v[i] = v[parent];
      i = parent;
    }
    p[i] = priority;
    v[i] = vertex;
  }

  /** Removes the smallest entry and returns its vertex. */
  pop(): { priority: number; vertex: number } {
    const p = this.priorities;
    const v = this.vertices;
    const top = { priority: p[0], vertex: v[0] };
    const lastPriority = p.pop() as number;
    const lastVertex = v.pop() as number;
    const n = v.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && p[child + 1] < p[child]) child++;
        if (p[child] >= lastPriority) break;
        p[i] = p[child];
        v[i] = v[child];
        i = child;
      }
      p[i] = lastPriority;
      v[i] = lastVertex;
    }
    return top;
  }
}

/** Some vertices of a graph: `vertices[k]` is the k-th, and localOf[v] = k (-1 outside). */
export interface VertexSubset {
  vertices: readonly number[];
  localOf: Int32Array;
}

/** Every vertex of a graph of `n` vertices, as a subset. */
export function allVertices(n: number): VertexSubset {
  return { vertices: Array.from({ length: n }, (_, v) => v), localOf: Int32Array.from({ length: n }, (_, v) => v) };
}

/**
 * Multi-source Dijkstra inside `subset`: for each of its vertices (by local index), the source
 * it is nearest to along the graph (`label`, an index into `sources`) and that distance. A
 * vertex takes the label of the neighbour it was reached from, so every label's vertices form a
 * connected subgraph. Work and memory are proportional to the subset, not the whole graph.
 */
export function nearestSources(
  graph: Adjacency,
  subset: VertexSubset,
  sources: readonly number[],
  weight: (from: number, to: number) => number,
): { label: Int32Array; distance: Float64Array } {
  const { vertices, localOf } = subset;
  const label = new Int32Array(vertices.length).fill(-1);
  const distance = new Float64Array(vertices.length).fill(Infinity);
  const heap = new MinHeap();
  sources.forEach((s, k) => {
    distance[localOf[s]] = 0;
    label[localOf[s]] = k;
    heap.push(0, s);
  });
  while (heap.size > 0) {
    const { priority, vertex } = heap.pop();
    const local = localOf[vertex];
    if (priority > distance[local]) continue;
    for (let e = graph.offsets[vertex]; e < graph.offsets[vertex + 1]; e++) {
      const next = graph.targets[e];
      const nextLocal = localOf[next];
      if (nextLocal < 0) continue;
      const d = priority + weight(vertex, next);
      if (d < distance[nextLocal]) {
        distance[nextLocal] = d;
        label[nextLocal] = label[local];
        heap.push(d, next);
      }
    }
  }
  return { label, distance };
}

/** What one breadth-first search found besides the jumps themselves. */
export interface JumpTotals {
  /** Sum of jumps to every reached vertex, and the largest. */
  sum: number;
  max: number;
  /** Vertices reached, the source included; queue[0 .. reached) lists them nearest first. */
  reached: number;
}

/**
 * Jumps from `source` to every vertex, breadth-first, written into `jumps` (−1 where unreachable;
 * the buffer is reset first) with `queue` as scratch (both of the graph's size, reusable across
 * calls, so repeated searches allocate nothing). With `parent`, each reached vertex's is the one
 * it was first reached from (−1 for the source; entries of unreached vertices are left as they
 * were). The one BFS of the skeleton and of the inspect tools (routes, stats, verify).
 */
export function jumpsFrom(graph: Adjacency, source: number, jumps: Int32Array, queue: Int32Array, parent?: Int32Array): JumpTotals {
  const { offsets, targets } = graph;
  jumps.fill(-1);
  jumps[source] = 0;
  if (parent) parent[source] = -1;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  let sum = 0;
  let max = 0;
  while (head < tail) {
    const v = queue[head++];
    const next = jumps[v] + 1;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (jumps[w] !== -1) continue;
      jumps[w] = next;
      if (parent) parent[w] = v;
      sum += next;
      max = next;
      queue[tail++] = w;
    }
  }
  return { sum, max, reached: tail };
}

/** Depth-first spanning trees with the lanes and vertices whose loss splits the graph. */
export interface LowLink {
  /** Vertices in depth-first preorder (only those searched). */
  preorder: Int32Array;
  /** Position of each vertex in `preorder` (−1 if not searched); its subtree is [position, end). */
  position: Int32Array;
  end: Int32Array;
  /** Tree parent of each vertex (−1 for roots and vertices not searched). */
  parent: Int32Array;
  /** Vertices whose lane to their parent is a bridge (its loss would cut off their subtree). */
  bridgeChildren: number[];
  /** 1 for articulation points (vertices whose loss splits their component). */
  isCut: Uint8Array;
}

/**
 * Bridges and articulation points by Tarjan's low-link depth-first search (iterative: no
 * recursion limit), from `roots` in order (each not yet searched starts a tree), over the
 * vertices `inside` accepts. A lane p–q closes a loop over the bridge above v exactly when one
 * of p, q lies in v's subtree. The skeleton's pipes and high-sec pockets and the inspect tools'
 * cut measures (src/inspect/network-shape.ts) all use this one search.
 */
export function lowLink(graph: Adjacency, roots: Iterable<number>, inside: (v: number) => boolean = () => true): LowLink {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const position = new Int32Array(n).fill(-1);
  const end = new Int32Array(n);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const preorder = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridgeChildren: number[] = [];
  let time = 0;
  const enter = (v: number): void => {
    preorder[time] = v;
    position[v] = low[v] = time++;
    cursor[v] = offsets[v];
  };
  for (const root of roots) {
    if (position[root] !== -1 || !inside(root)) continue;
    let top = 0;
    stack[top++] = root;
    enter(root);
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1];
      if (cursor[v] < offsets[v + 1]) {
        const w = targets[cursor[v]++];
        if (!inside(w)) continue;
        if (position[w] === -1) {
          parent[w] = v;
          enter(w);
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], position[w]);
        }
        continue;
      }
      top--;
      end[v] = time;
      const p = parent[v];
      if (p === -1) continue;
      low[p] = Math.min(low[p], low[v]);
      if (low[v] > position[p]) bridgeChildren.push(v);
      if (p !== root && low[v] >= position[p]) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  return { preorder: preorder.subarray(0, time), position, end, parent, bridgeChildren, isCut };
}

/** Every vertex of an n-vertex graph, in order: roots for a search of the whole graph. */
export function* everyVertex(n: number): Generator<number> {
  for (let v = 0; v < n; v++) yield v;
}

/** A deterministic value in [0, 1) for the unordered pair {p, q}: per-edge jitter without state. */
export function pairNoise(p: number, q: number, salt: number): number {
  const lo = Math.min(p, q);
  const hi = Math.max(p, q);
  let h = Math.imul(lo ^ salt, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}
