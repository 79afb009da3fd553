// Verify rules on the region → constellation → system hierarchy and the starter region:
//   names.system-unique   system names unique across the universe (route names systems)
//   hierarchy.empty       every region has constellations, every constellation has systems
//   hierarchy.centroid    a region's / constellation's x/y/z_offset is the centroid of its systems
//   hierarchy.contiguous  a region's / constellation's systems form one contiguous group
//   genesis               region Genesis holds Genesis Prime: security 1.0, planets Genesis I–VIII,
//                         at least one station (other starter names through VerifyOptions.starter)
//
// Contiguity, the test chosen: two systems of a group are adjacent when a stargate joins them or
// when their cells touch on the galactic-plane map (an edge of the Delaunay triangulation of all
// projected systems, i.e. their Voronoi cells share a border). The group is contiguous when these
// adjacencies, restricted to the group, connect all its systems: you can walk from any system of
// the group to any other without leaving it, along its lanes or across neighbouring map cells.
// Lanes alone would be too strict (a generator may route a constellation's traffic through a
// neighbour); the map alone can be misled by the projection of a thick disc.
import Delaunator from 'delaunator';
import { romanNumeral } from '../universe/names.js';
import type { SolarSystemRow } from '../universe/rows.js';
import { groupBy, type VerifyContext } from './verify-context.js';

/** echoes-schema.md: "Genesis Prime system has 8 planets (Genesis I through Genesis VIII)". */
export const STARTER_PLANET_COUNT = 8;

/** The prefix of a system's planet names: the system name, except for the starter system. */
export function planetNamePrefix(context: VerifyContext, system: SolarSystemRow): string {
  return system.name === context.starter.system ? context.starter.planetPrefix : system.name;
}

function checkSystemNames(context: VerifyContext): void {
  const seen = new Map<string, SolarSystemRow>();
  for (const system of context.tables.solar_systems) {
    const earlier = seen.get(system.name);
    if (earlier && earlier.id !== system.id) {
      context.report('names.system-unique', `system name "${system.name}" is used by two systems (${earlier.id} and ${system.id})`);
    }
    seen.set(system.name, system);
  }
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[node] !== root) {
      const next = this.parent[node];
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Map adjacency of projected systems: Delaunay edges, plus coincident points (Delaunator drops them). */
function mapAdjacency(context: VerifyContext): [number, number][] {
  const { u, v } = context.plane;
  const n = u.length;
  const edges: [number, number][] = [];
  const firstAt = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${u[i]},${v[i]}`;
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else edges.push([first, i]);
  }
  if (n < 2) return edges;
  const coords = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    coords[2 * i] = u[i];
    coords[2 * i + 1] = v[i];
  }
  const delaunay = new Delaunator(coords);
  const { triangles, halfedges } = delaunay;
  if (triangles.length === 0) {
    // All points on one line: neighbours along it.
    const order = [...Array(n).keys()].sort((a, b) => u[a] - u[b] || v[a] - v[b]);
    for (let k = 1; k < n; k++) edges.push([order[k - 1], order[k]]);
    return edges;
  }
  for (let e = 0; e < triangles.length; e++) {
    if (e < halfedges[e]) continue; // each inner edge once; hull edges have halfedges[e] = -1
    const next = e % 3 === 2 ? e - 2 : e + 1;
    edges.push([triangles[e], triangles[next]]);
  }
  return edges;
}

interface Group {
  kind: 'region' | 'constellation';
  name: string;
  members: number[];
}

function checkContiguity(context: VerifyContext, groups: Group[], groupOf: (node: number) => string | undefined, adjacency: [number, number][]): void {
  const unionFind = new UnionFind(context.graph.systems.length);
  const joinWithinGroup = (a: number, b: number): void => {
    const group = groupOf(a);
    if (group !== undefined && group === groupOf(b)) unionFind.union(a, b);
  };
  for (const [a, b] of context.graph.lanes) joinWithinGroup(a, b);
  for (const [a, b] of adjacency) joinWithinGroup(a, b);
  for (const group of groups) {
    const roots = new Map<number, number>();
    for (const node of group.members) {
      const root = unionFind.find(node);
      if (!roots.has(root)) roots.set(root, node);
    }
    if (roots.size > 1) {
      const [first, second] = [...roots.values()].map((node) => context.graph.systems[node].name);
      context.report(
        'hierarchy.contiguous',
        `${group.kind} "${group.name}" is split into ${roots.size} separate areas: "${first}" and "${second}" are not joined through its own systems`,
      );
    }
  }
}

function checkCentroid(context: VerifyContext, group: Group, offset: { x_offset: number; y_offset: number; z_offset: number }, tolerance: number): void {
  const systems = group.members.map((node) => context.graph.systems[node]);
  const mean = (key: 'position_x' | 'position_y' | 'position_z'): number => systems.reduce((sum, s) => sum + s[key], 0) / systems.length;
  const centroid = { x: mean('position_x'), y: mean('position_y'), z: mean('position_z') };
  const error = Math.hypot(offset.x_offset - centroid.x, offset.y_offset - centroid.y, offset.z_offset - centroid.z);
  if (!(error <= tolerance)) {
    context.report(
      'hierarchy.centroid',
      `${group.kind} "${group.name}" has offset (${offset.x_offset}, ${offset.y_offset}, ${offset.z_offset}) but its systems' centroid is (${centroid.x}, ${centroid.y}, ${centroid.z}), ${error.toExponential(2)} m away`,
    );
  }
}

/** Centroids may differ by summation order: allow a millionth of the universe's extent (≥ 1 m). */
function centroidTolerance(systems: readonly SolarSystemRow[]): number {
  let extent = 0;
  for (const key of ['position_x', 'position_y', 'position_z'] as const) {
    let min = Infinity;
    let max = -Infinity;
    for (const system of systems) {
      min = Math.min(min, system[key]);
      max = Math.max(max, system[key]);
    }
    if (systems.length > 0) extent = Math.max(extent, max - min);
  }
  return Math.max(1, extent * 1e-6);
}

function checkGroups(context: VerifyContext): void {
  const { tables, graph } = context;
  const systemsByConstellation = groupBy([...graph.systems.keys()], (node) => graph.systems[node].constellation_id);
  const constellationsByRegion = groupBy(tables.constellations, (c) => c.region_id);
  const tolerance = centroidTolerance(tables.solar_systems);

  const constellationGroups: Group[] = [];
  for (const constellation of tables.constellations) {
    const members = systemsByConstellation.get(constellation.id) ?? [];
    const group: Group = { kind: 'constellation', name: constellation.name, members };
    if (members.length === 0) {
      context.report('hierarchy.empty', `constellation "${constellation.name}" has no solar systems`);
      continue;
    }
    constellationGroups.push(group);
    checkCentroid(context, group, constellation, tolerance);
  }
  const regionGroups: Group[] = [];
  for (const region of tables.regions) {
    const constellations = constellationsByRegion.get(region.id) ?? [];
    const members = constellations.flatMap((c) => systemsByConstellation.get(c.id) ?? []);
    const group: Group = { kind: 'region', name: region.name, members };
    if (members.length === 0) {
      context.report('hierarchy.empty', `region "${region.name}" has no ${constellations.length === 0 ? 'constellations' : 'solar systems'}`);
      continue;
    }
    regionGroups.push(group);
    checkCentroid(context, group, region, tolerance);
  }
  const adjacency = mapAdjacency(context);
  checkContiguity(context, constellationGroups, (node) => graph.systems[node].constellation_id, adjacency);
  checkContiguity(context, regionGroups, (node) => context.regionOfSystem(graph.systems[node]), adjacency);
}

function checkGenesis(context: VerifyContext): void {
  const { tables, starter } = context;
  const region = tables.regions.find((r) => r.name === starter.region);
  if (!region) {
    context.report('genesis', `there is no region named "${starter.region}" (the starter region)`);
  }
  const prime = tables.solar_systems.find((s) => s.name === starter.system);
  if (!prime) {
    context.report('genesis', `there is no system named "${starter.system}" (the starter system)`);
    return;
  }
  if (region && context.regionOfSystem(prime) !== region.id) {
    context.report('genesis', `system "${starter.system}" is not in region "${starter.region}"`);
  }
  if (prime.security_status !== 1) {
    context.report('genesis', `system "${starter.system}" has security ${prime.security_status}, not 1.0`);
  }
  const planetNames = (context.planetsBySystem.get(prime.id) ?? []).map((p) => p.name);
  const expected = Array.from({ length: STARTER_PLANET_COUNT }, (_, k) => `${starter.planetPrefix} ${romanNumeral(k + 1)}`);
  if (planetNames.join('|') !== expected.join('|')) {
    context.report(
      'genesis',
      `system "${starter.system}" has planets [${planetNames.join(', ')}] in orbit order, expected ${expected[0]} … ${expected[expected.length - 1]}`,
    );
  }
  if (!tables.stations.some((station) => station.solar_system_id === prime.id)) {
    context.report('genesis', `system "${starter.system}" has no station`);
  }
}

export function checkHierarchy(context: VerifyContext): void {
  checkSystemNames(context);
  checkGroups(context);
  checkGenesis(context);
}
