// The skeleton of a universe, built whole because it needs global knowledge: positions of all
// systems, regions and constellations (contiguous groups), the stargate lanes, security, then
// the final order (Genesis first; systems grouped by region and constellation), names, stars,
// and the per-system counts the solar_systems rows need (has_station). Stages run in this
// fixed order, each drawing from its own named stream.

import type { UniverseParams } from '../../config/params.js';
import type { SeedSpace } from '../../random/stream.js';
import { LANE_KINDS, type ConstellationRecord, type RegionRecord, type Skeleton, type SystemRecord } from '../model.js';
import { codeName, NAME_COLUMN_MAX, NameRegistry, syllableName, SYSTEM_NAME_MAX } from '../names.js';
import { constellationPath, regionPath, stageStream, systemPath } from '../paths.js';
import { securityBand } from '../security-band.js';
import { drawStar, SUN_TWIN } from '../star.js';
import { planetCountFor, stationCountFor } from '../system-counts.js';
import { placeSystems } from './galaxy.js';
import { adjacencyOf, delaunayEdges } from './graph.js';
import { buildLanes, type Lanes } from './lanes.js';
import { partitionConnected } from './partition.js';
import { assignSecurity } from './security.js';

/** Region and constellation of every system (constellation indices are global). */
function groupSystems(space: SeedSpace, params: UniverseParams, xs: Float64Array, ys: Float64Array, edges: ReturnType<typeof delaunayEdges>) {
  const n = xs.length;
  const graph = adjacencyOf(n, edges.a, edges.b, edges.count);
  const plane = { xs, ys };
  const scratch = new Int32Array(n).fill(-1);
  const everyone = Array.from({ length: n }, (_, i) => i);
  const regionOf = partitionConnected(everyone, Math.min(params.regions.count, n), graph, plane, space.stream('regions'), scratch);
  let regionCount = 0;
  for (let i = 0; i < n; i++) regionCount = Math.max(regionCount, regionOf[i] + 1);
  const members: number[][] = Array.from({ length: regionCount }, () => []);
  for (let i = 0; i < n; i++) members[regionOf[i]].push(i);
  const constellationOf = new Int32Array(n);
  const rng = space.stream('constellations');
  let constellationCount = 0;
  for (const list of members) {
    const wanted = Math.max(1, Math.round(list.length / params.constellations.systemsPerConstellation));
    const label = partitionConnected(list, wanted, graph, plane, rng, scratch);
    let groups = 0;
    list.forEach((m, i) => {
      constellationOf[m] = constellationCount + label[i];
      groups = Math.max(groups, label[i] + 1);
    });
    constellationCount += groups;
  }
  return { regionOf, regionCount, constellationOf, constellationCount };
}

/**
 * The final order of systems: Genesis region first, then the others; inside a region its
 * constellations (Genesis Prime's first), inside those the systems (Genesis Prime first).
 */
function finalOrder(n: number, regionOf: Int32Array, constellationOf: Int32Array, capital: number): number[] {
  const rank = (v: number, key: Int32Array): number => (key[v] === key[capital] ? -1 : key[v]);
  return Array.from({ length: n }, (_, i) => i).sort(
    (p, q) =>
      rank(p, regionOf) - rank(q, regionOf) ||
      rank(p, constellationOf) - rank(q, constellationOf) ||
      (p === capital ? -1 : q === capital ? 1 : p - q),
  );
}

function laneLinks(lanes: Lanes, newIndex: Int32Array, n: number): SystemRecord['gates'][] {
  const links: SystemRecord['gates'][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < lanes.count; k++) {
    const p = newIndex[lanes.a[k]];
    const q = newIndex[lanes.b[k]];
    const kind = LANE_KINDS[lanes.kind[k]];
    links[p].push({ to: q, kind });
    links[q].push({ to: p, kind });
  }
  for (const list of links) list.sort((g, h) => g.to - h.to);
  return links;
}

export function buildSkeleton(space: SeedSpace, params: UniverseParams): Skeleton {
  const n = params.systems.count;
  const galaxy = placeSystems(n, params.galaxy, space.stream('galaxy'));
  const { xs, ys, zs } = galaxy;
  const edges = delaunayEdges(xs, ys);
  const { regionOf, regionCount, constellationOf, constellationCount } = groupSystems(space, params, xs, ys, edges);
  const lanes = buildLanes({ edges, xs, ys, regionOf, constellationOf }, params.gates, space.stream('lanes'));
  const { security, capital } = assignSecurity(
    {
      xs,
      ys,
      regionOf,
      regionCount,
      constellationOf,
      lanes: adjacencyOf(n, lanes.a, lanes.b, lanes.count),
      core: { x: 0, y: 0 }, // every shape has its densest core at the centre
    },
    params.security,
    space.stream('security'),
  );

  // Renumber: regions, constellations and systems in their final order.
  const order = finalOrder(n, regionOf, constellationOf, capital);
  const newIndex = new Int32Array(n);
  order.forEach((old, i) => (newIndex[old] = i));
  const regionIndex = new Map<number, number>();
  const constellationIndex = new Map<number, number>();
  for (const old of order) {
    if (!regionIndex.has(regionOf[old])) regionIndex.set(regionOf[old], regionIndex.size);
    if (!constellationIndex.has(constellationOf[old])) constellationIndex.set(constellationOf[old], constellationIndex.size);
  }
  const links = laneLinks(lanes, newIndex, n);

  const names = params.names;
  const regions: RegionRecord[] = [];
  const constellations: ConstellationRecord[] = [];
  const systems: SystemRecord[] = [];
  const regionNames = new NameRegistry(NAME_COLUMN_MAX);
  const starterRegionName = regionNames.reserve(names.starterRegion);
  const configuredRegionNames = names.regions.filter((name) => !regionNames.has(name));
  const constellationNames = new NameRegistry(NAME_COLUMN_MAX);
  const systemNames = new NameRegistry(SYSTEM_NAME_MAX);
  const starterSystemName = systemNames.reserve(names.starterSystem);
  const nameRng = {
    regions: space.stream('names/regions'),
    constellations: space.stream('names/constellations'),
    systems: space.stream('names/systems'),
  };

  for (let i = 0; i < n; i++) {
    const old = order[i];
    const r = regionIndex.get(regionOf[old]) as number;
    const c = constellationIndex.get(constellationOf[old]) as number;
    if (r === regions.length) {
      const configured = r === 0 ? undefined : configuredRegionNames.shift();
      regions.push({
        index: r,
        id: space.uuid(regionPath(r)),
        name:
          r === 0
            ? starterRegionName
            : configured !== undefined && !regionNames.has(configured)
              ? regionNames.reserve(configured)
              : regionNames.claim(() => syllableName(nameRng.regions, names.syllables)),
        systemStart: i,
        systemEnd: i,
      });
    }
    if (c === constellations.length) {
      constellations.push({
        index: c,
        id: space.uuid(constellationPath(c)),
        regionIndex: r,
        name: constellationNames.claim(() => syllableName(nameRng.constellations, names.syllables)),
        systemStart: i,
        systemEnd: i,
      });
    }
    regions[r].systemEnd = i + 1;
    constellations[c].systemEnd = i + 1;

    const isStarter = old === capital;
    const path = systemPath(i);
    const band = securityBand(security[old]);
    const partial = { path, isStarter, band };
    const planetCount = planetCountFor(space, partial, params);
    systems.push({
      index: i,
      id: space.uuid(path),
      path,
      name: isStarter
        ? starterSystemName
        : systemNames.claim(() =>
            band === 'null' && names.nullSecCodes ? codeName(nameRng.systems) : syllableName(nameRng.systems, names.syllables),
          ),
      regionIndex: r,
      constellationIndex: c,
      xLy: xs[old],
      yLy: ys[old],
      zLy: zs[old],
      security: security[old],
      band,
      star: isStarter ? SUN_TWIN : drawStar(space.stream(stageStream('star', path)), params.stars.weights),
      planetCount,
      stationCount: stationCountFor(space, { ...partial, planetCount }, params),
      gates: links[i],
      isStarter,
    });
  }
  if (constellations.length !== constellationCount || regions.length !== regionCount) {
    throw new Error('buildSkeleton: lost a region or constellation while renumbering');
  }
  return { space, params, regions, constellations, systems, galaxyRadiusLy: galaxy.radiusLy };
}
