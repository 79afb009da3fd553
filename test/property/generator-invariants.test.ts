// PRODUCT.md R4 invariants over many generated universes: 50 seeds of `tiny` and a few
// `standard` seeds (one per galaxy shape), checked by direct assertions here and by the
// `verify` checker (src/inspect/verify.ts), which must report nothing.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { verifyUniverse } from '../../src/inspect/verify.js';
import { AU_M, GRAVITATIONAL_CONSTANT, SECONDS_PER_DAY, SOLAR_MASS_KG, STAR_CLASS_RANGES } from '../../src/universe/constants.js';
import { generateTables } from '../../src/universe/generate.js';
import { romanNumeral } from '../../src/universe/names.js';
import type { SolarSystemRow, UniverseTables } from '../../src/universe/rows.js';

const EPOCH = '2026-01-01T00:00:00.000Z';
const EPOCH_MS = Date.parse(EPOCH);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** Problems found by the cheap checks of big loops (one expect per universe, not per row). */
class Problems {
  readonly list: string[] = [];
  check(ok: boolean, what: () => string): void {
    if (!ok && this.list.length < 20) this.list.push(what());
  }
}

function byId<Row extends { id: string }>(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.id, row]));
}

function countBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

const RARE_ORES = ['Arkonor', 'Bistot', 'Mercoxit', 'Crokite', 'Spodumain', 'Dark Ochre', 'Gneiss'];

const norm = (x: number, y: number, z: number): number => Math.hypot(x, y, z);

/** Whether segments p1–p2 and q1–q2 cross at a point inside both (shared endpoints excluded). */
function segmentsCross(p1: number[], p2: number[], q1: number[], q2: number[]): boolean {
  const orient = (a: number[], b: number[], c: number[]): number => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return orient(p1, p2, q1) * orient(p1, p2, q2) < 0 && orient(q1, q2, p1) * orient(q1, q2, p2) < 0;
}

function checkHierarchyAndNames(t: UniverseTables): void {
  const allIds = Object.values(t).flatMap((rows: { id: string }[]) => rows.map((r) => r.id));
  expect(new Set(allIds).size).toBe(allIds.length);
  for (const id of allIds) expect(id).toMatch(UUID);
  const regions = byId(t.regions);
  const constellations = byId(t.constellations);
  const systems = byId(t.solar_systems);
  const planets = byId(t.planets);
  for (const c of t.constellations) expect(regions.has(c.region_id)).toBe(true);
  for (const s of t.solar_systems) expect(constellations.has(s.constellation_id)).toBe(true);
  for (const p of t.planets) expect(systems.has(p.solar_system_id)).toBe(true);
  for (const m of t.moons) expect(planets.has(m.planet_id)).toBe(true);
  for (const table of [t.stations, t.asteroid_belts, t.anomalies]) for (const row of table) expect(systems.has(row.solar_system_id)).toBe(true);
  // Names: unique where the schema says, system names unique universe-wide, ≤ 100 characters.
  expect(new Set(t.regions.map((r) => r.name)).size).toBe(t.regions.length);
  expect(new Set(t.solar_systems.map((s) => s.name)).size).toBe(t.solar_systems.length);
  expect(new Set(t.constellations.map((c) => `${c.region_id}|${c.name}`)).size).toBe(t.constellations.length);
  for (const table of [t.regions, t.constellations, t.solar_systems, t.planets, t.moons, t.stations, t.stargates, t.asteroid_belts]) {
    for (const row of table) expect(row.name.length).toBeLessThanOrEqual(100);
  }
  // Offsets are centroids of their systems.
  const members = (key: (s: SolarSystemRow) => string, id: string): SolarSystemRow[] => t.solar_systems.filter((s) => key(s) === id);
  const regionOf = (s: SolarSystemRow): string => (constellations.get(s.constellation_id) as { region_id: string }).region_id;
  for (const [group, key] of [
    [t.regions, regionOf],
    [t.constellations, (s: SolarSystemRow) => s.constellation_id],
  ] as const) {
    for (const g of group) {
      const list = members(key, g.id);
      expect(list.length).toBeGreaterThan(0);
      const mean = (axis: 'position_x' | 'position_y' | 'position_z'): number => list.reduce((sum, s) => sum + s[axis], 0) / list.length;
      expect(Math.abs(g.x_offset - mean('position_x'))).toBeLessThanOrEqual(1e-9 * Math.abs(mean('position_x')) + 1);
      expect(Math.abs(g.y_offset - mean('position_y'))).toBeLessThanOrEqual(1e-9 * Math.abs(mean('position_y')) + 1);
      expect(Math.abs(g.z_offset - mean('position_z'))).toBeLessThanOrEqual(1e-9 * Math.abs(mean('position_z')) + 1);
    }
  }
}

function checkGates(t: UniverseTables): void {
  const systems = byId(t.solar_systems);
  const pairs = new Set(t.stargates.map((g) => `${g.solar_system_id}>${g.destination_system_id}`));
  expect(pairs.size).toBe(t.stargates.length);
  const neighbours = new Map<string, string[]>();
  const problems = new Problems();
  for (const g of t.stargates) {
    problems.check(g.solar_system_id !== g.destination_system_id, () => `self-gate ${g.id}`);
    problems.check(pairs.has(`${g.destination_system_id}>${g.solar_system_id}`), () => `no twin for ${g.id}`);
    const from = systems.get(g.solar_system_id) as SolarSystemRow;
    const to = systems.get(g.destination_system_id) as SolarSystemRow;
    problems.check(g.name === `Stargate (${to.name})`, () => `gate name ${g.name} leads to ${to.name}`);
    // Toward the destination, far from the star.
    const d = [to.position_x - from.position_x, to.position_y - from.position_y, to.position_z - from.position_z];
    const distance = norm(g.position_x, g.position_y, g.position_z);
    const cosine = (g.position_x * d[0] + g.position_y * d[1] + g.position_z * d[2]) / (distance * norm(d[0], d[1], d[2]));
    problems.check(cosine > 0.999, () => `${g.name} in ${from.name} does not point at its destination`);
    problems.check(distance / AU_M >= 14.99 && distance / AU_M <= 40.01, () => `${g.name} in ${from.name} is ${distance / AU_M} AU out`);
    neighbours.set(g.solar_system_id, [...(neighbours.get(g.solar_system_id) ?? []), g.destination_system_id]);
  }
  expect(problems.list).toEqual([]);
  for (const s of t.solar_systems) expect(s.has_stargate).toBe(neighbours.has(s.id));
  // One connected component.
  const seen = new Set([t.solar_systems[0].id]);
  const queue = [t.solar_systems[0].id];
  while (queue.length > 0) {
    for (const next of neighbours.get(queue.pop() as string) ?? []) {
      if (!seen.has(next)) {
        queue.push(next);
        seen.add(next);
      }
    }
  }
  expect(seen.size).toBe(t.solar_systems.length);
  // Each constellation is connected by its own lanes.
  for (const c of t.constellations) {
    const inside = new Set(t.solar_systems.filter((s) => s.constellation_id === c.id).map((s) => s.id));
    const start = [...inside][0];
    const reached = new Set([start]);
    const todo = [start];
    while (todo.length > 0) {
      for (const next of neighbours.get(todo.pop() as string) ?? []) {
        if (inside.has(next) && !reached.has(next)) {
          todo.push(next);
          reached.add(next);
        }
      }
    }
    expect(reached.size).toBe(inside.size);
  }
  // No two lanes cross in the galactic (x/y) plane.
  const lanes = t.stargates
    .filter((g) => g.solar_system_id < g.destination_system_id)
    .map((g) => [systems.get(g.solar_system_id) as SolarSystemRow, systems.get(g.destination_system_id) as SolarSystemRow]);
  const xy = (s: SolarSystemRow): number[] => [s.position_x, s.position_y];
  const crossings: string[] = [];
  for (let i = 0; i < lanes.length; i++) {
    for (let j = i + 1; j < lanes.length; j++) {
      const [a, b] = lanes[i];
      const [c, d] = lanes[j];
      if (a === c || a === d || b === c || b === d) continue;
      if (segmentsCross(xy(a), xy(b), xy(c), xy(d))) crossings.push(`${a.name}–${b.name} × ${c.name}–${d.name}`);
    }
  }
  expect(crossings).toEqual([]);
}

function checkBodies(t: UniverseTables): void {
  const systems = byId(t.solar_systems);
  const planets = byId(t.planets);
  for (const s of t.solar_systems) {
    expect(s.security_status).toBeGreaterThanOrEqual(0);
    expect(s.security_status).toBeLessThanOrEqual(1);
    expect(Math.round(s.security_status * 10) / 10).toBe(s.security_status);
    const range = STAR_CLASS_RANGES[s.star_type as keyof typeof STAR_CLASS_RANGES];
    expect(range).toBeDefined();
    expect(Number.isInteger(s.star_temperature)).toBe(true);
    expect(s.star_temperature).toBeGreaterThanOrEqual(range.temperatureK[0]);
    expect(s.star_temperature).toBeLessThanOrEqual(range.temperatureK[1]);
    expect((s.star_radius as number) / 695_700).toBeGreaterThanOrEqual(range.radiusSolar[0] * 0.999);
    expect((s.star_radius as number) / 695_700).toBeLessThanOrEqual(range.radiusSolar[1] * 1.001);
  }
  const planetsOf = new Map<string, typeof t.planets>();
  for (const p of t.planets) planetsOf.set(p.solar_system_id, [...(planetsOf.get(p.solar_system_id) ?? []), p]);
  const problems = new Problems();
  for (const [systemId, list] of planetsOf) {
    const system = systems.get(systemId) as SolarSystemRow;
    const prefix = system.name === 'Genesis Prime' ? 'Genesis' : system.name;
    const range = STAR_CLASS_RANGES[system.star_type as keyof typeof STAR_CLASS_RANGES];
    let lastOrbit = 0;
    list.forEach((p, k) => {
      problems.check(p.name === `${prefix} ${romanNumeral(k + 1)}`, () => `planet ${k + 1} of ${system.name} is named ${p.name}`);
      problems.check(['Lava', 'Terrestrial', 'Gas Giant', 'Ice'].includes(p.planet_type), () => `${p.name} is of type ${p.planet_type}`);
      const orbitM = norm(p.position_x, p.position_y, p.position_z);
      problems.check(orbitM > lastOrbit, () => `${p.name} is not beyond the planet before it`);
      lastOrbit = orbitM;
      // Kepler III gives back a star mass of the star's class.
      const periodS = (p.orbital_period as number) * SECONDS_PER_DAY;
      const starMassSolar = (4 * Math.PI ** 2 * orbitM ** 3) / (GRAVITATIONAL_CONSTANT * periodS ** 2) / SOLAR_MASS_KG;
      problems.check(
        starMassSolar >= range.massSolar[0] * 0.99 && starMassSolar <= range.massSolar[1] * 1.01,
        () => `${p.name}: Kepler gives a ${starMassSolar} M☉ star of class ${system.star_type}`,
      );
      problems.check(Number.isInteger(p.temperature), () => `${p.name} temperature ${p.temperature}`);
      problems.check(p.radius > 500 && p.radius < 100_000, () => `${p.name} radius ${p.radius} km`);
      problems.check(p.planet_type !== 'Gas Giant' || p.has_atmosphere, () => `gas giant ${p.name} without atmosphere`);
    });
  }
  const moonsOf = new Map<string, typeof t.moons>();
  for (const m of t.moons) moonsOf.set(m.planet_id, [...(moonsOf.get(m.planet_id) ?? []), m]);
  for (const [planetId, list] of moonsOf) {
    const planet = planets.get(planetId) as (typeof t.planets)[number];
    const planetOrbit = norm(planet.position_x, planet.position_y, planet.position_z);
    list.forEach((m, k) => {
      problems.check(m.moon_index === k + 1 && m.name === `${planet.name} - Moon ${k + 1}`, () => `moon ${m.name} (${m.moon_index})`);
      problems.check(m.radius < planet.radius, () => `${m.name} is larger than its planet`);
      const fromPlanet = norm(m.position_x - planet.position_x, m.position_y - planet.position_y, m.position_z - planet.position_z);
      problems.check(fromPlanet > planet.radius * 1000 && fromPlanet < 0.1 * planetOrbit, () => `${m.name} orbits ${fromPlanet} m out`);
    });
  }
  expect(problems.list).toEqual([]);
}

function checkSites(t: UniverseTables): void {
  const systems = byId(t.solar_systems);
  const planets = byId(t.planets);
  const moonNames = new Map(t.moons.map((m) => [m.name, m.planet_id]));
  const stationCount = countBy(t.stations, (s) => s.solar_system_id);
  for (const s of t.solar_systems) expect(s.has_station).toBe(stationCount.has(s.id));
  expect(new Set(t.stations.map((s) => `${s.solar_system_id}|${s.name}`)).size).toBe(t.stations.length);
  for (const st of t.stations) {
    expect(['Station', 'Outpost', 'Citadel']).toContain(st.station_type);
    const planet = planets.get(st.planet_id as string);
    expect(planet?.solar_system_id).toBe(st.solar_system_id);
    const body = st.name.split(' - ').slice(0, -1).join(' - ');
    expect(body === planet?.name || moonNames.get(body) === planet?.id).toBe(true);
    expect(st.owner_corporation).toMatch(UUID);
  }
  const beltsOf = new Map<string, typeof t.asteroid_belts>();
  for (const b of t.asteroid_belts) beltsOf.set(b.solar_system_id, [...(beltsOf.get(b.solar_system_id) ?? []), b]);
  const planetNames = new Set(t.planets.map((p) => `${p.solar_system_id}|${p.name}`));
  const problems = new Problems();
  for (const [systemId, list] of beltsOf) {
    const high = (systems.get(systemId) as SolarSystemRow).security_status >= 0.45;
    list.forEach((b, k) => {
      const suffix = ` - Asteroid Belt ${k + 1}`;
      problems.check(b.belt_index === k + 1 && b.name.endsWith(suffix), () => `belt ${b.name} (${b.belt_index})`);
      problems.check(planetNames.has(`${systemId}|${b.name.slice(0, -suffix.length)}`), () => `belt ${b.name} is not named after a planet`);
      problems.check(Number.isInteger(b.respawn_time), () => `belt ${b.name} respawn ${b.respawn_time}`);
      problems.check(!high || !RARE_ORES.includes(b.ore_type as string), () => `rare ore ${b.ore_type} in high-sec`);
    });
  }
  expect(problems.list).toEqual([]);
  for (const a of t.anomalies) {
    expect(['Combat', 'Data', 'Relic', 'Gas']).toContain(a.anomaly_type);
    expect(['Easy', 'Medium', 'Hard', 'Elite']).toContain(a.difficulty);
    if (a.difficulty === 'Elite') expect((systems.get(a.solar_system_id) as SolarSystemRow).security_status).toBe(0);
    expect(a.completed_at !== null).toBe(a.is_completed);
    if (a.completed_at !== null) {
      expect(a.completed_at).toMatch(ISO_UTC);
      expect(Date.parse(a.completed_at)).toBeLessThan(EPOCH_MS);
    }
  }
  const gatePairs = new Set(t.stargates.map((g) => `${g.solar_system_id}>${g.destination_system_id}`));
  for (const w of t.wormholes) {
    expect(w.source_system_id).not.toBe(w.destination_system_id);
    expect(systems.has(w.source_system_id) && systems.has(w.destination_system_id)).toBe(true);
    if (t.solar_systems.length > 30) expect(gatePairs.has(`${w.source_system_id}>${w.destination_system_id}`)).toBe(false);
    expect(w.stability).toBeGreaterThanOrEqual(0);
    expect(w.stability).toBeLessThanOrEqual(100);
    expect(w.max_mass_per_jump as number).toBeLessThanOrEqual(w.total_mass_limit as number);
    expect(w.expires_at).toMatch(ISO_UTC);
    const hours = (Date.parse(w.expires_at) - EPOCH_MS) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(1);
    expect(hours).toBeLessThanOrEqual(7 * 24);
  }
}

function checkGenesis(t: UniverseTables): void {
  const genesis = t.regions.find((r) => r.name === 'Genesis');
  const prime = t.solar_systems.find((s) => s.name === 'Genesis Prime') as SolarSystemRow;
  expect(genesis).toBeDefined();
  expect(t.regions[0]).toBe(genesis);
  expect(t.solar_systems[0]).toBe(prime);
  expect(t.constellations.find((c) => c.id === prime.constellation_id)?.region_id).toBe(genesis?.id);
  expect(prime.security_status).toBe(1);
  expect(t.planets.filter((p) => p.solar_system_id === prime.id).map((p) => p.name)).toEqual(
    ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'].map((n) => `Genesis ${n}`),
  );
  const starter = t.stations.find((s) => s.solar_system_id === prime.id);
  expect(starter?.station_type).toBe('Station');
  expect(starter?.has_market && starter.has_repair).toBe(true);
  // The starter station is also the first of its system by name (how a database finds it).
  const byName = t.stations.filter((s) => s.solar_system_id === prime.id).map((s) => s.name).sort();
  expect(byName[0]).toBe(starter?.name);
}

function checkAll(t: UniverseTables): void {
  checkHierarchyAndNames(t);
  checkGates(t);
  checkBodies(t);
  checkSites(t);
  checkGenesis(t);
  expect(verifyUniverse(t, { epoch: EPOCH })).toEqual([]);
}

describe('tiny universes (50 seeds)', () => {
  const params = resolveParams('tiny', undefined);
  const seeds = Array.from({ length: 50 }, (_, i) => (i % 5 === 4 ? `seed-${i} ✨` : String(i * 7919)));
  it.each(seeds)('seed %s satisfies every invariant and has every entity kind', (seed) => {
    const tables = generateTables({ seed, params, epoch: EPOCH });
    for (const rows of Object.values(tables)) expect(rows.length).toBeGreaterThan(0);
    checkAll(tables);
  });
});

describe('standard universes', () => {
  it.each([
    ['1', 'spiral'],
    ['2', 'elliptical'],
    ['3', 'ring'],
  ] as const)('seed %s (%s) satisfies every invariant', (seed, shape) => {
    const tables = generateTables({ seed, params: resolveParams('standard', { galaxy: { shape } }), epoch: EPOCH });
    expect(tables.solar_systems).toHaveLength(600);
    checkAll(tables);
  });
});
