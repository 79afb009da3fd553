// `map --region <name>`: the universe cut down to one region, for a picture of it alone — its
// constellations and systems, the gates and wormholes between them and everything inside those
// systems. Extra systems (a route that leaves the region) can be kept too. Names match exactly,
// else case-insensitively; an unknown name gets the nearest region names as hints (exit 2).
import { UsageError } from '../errors.js';
import { similarNames } from '../inspect/route.js';
import type { UniverseTables } from '../universe/rows.js';

export function findRegion(tables: Pick<UniverseTables, 'regions'>, wanted: string): UniverseTables['regions'][number] {
  const name = wanted.trim();
  const exact = tables.regions.find((region) => region.name === name);
  if (exact !== undefined) return exact;
  const folded = tables.regions.filter((region) => region.name.toLowerCase() === name.toLowerCase());
  if (folded.length === 1) return folded[0];
  const hints = similarNames(
    tables.regions.map((region) => region.name),
    name,
  );
  const hint = hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : '; `echoes-universe stats` lists the regions';
  throw new UsageError({ option: 'region', say: (name) => `${name} "${wanted}": no region has that name${hint}` });
}

/** The tables of one region (plus the systems named in `alsoKeep`), every row whose system is kept. */
export function cropToRegion(tables: UniverseTables, regionName: string, alsoKeep: readonly string[] = []): UniverseTables {
  const region = findRegion(tables, regionName);
  const constellationIds = new Set(tables.constellations.filter((c) => c.region_id === region.id).map((c) => c.id));
  const extra = new Set(alsoKeep);
  const systems = tables.solar_systems.filter((s) => constellationIds.has(s.constellation_id) || extra.has(s.name));
  const systemIds = new Set(systems.map((s) => s.id));
  const keptConstellations = new Set(systems.map((s) => s.constellation_id));
  const planets = tables.planets.filter((p) => systemIds.has(p.solar_system_id));
  const planetIds = new Set(planets.map((p) => p.id));
  const constellations = tables.constellations.filter((c) => keptConstellations.has(c.id));
  const regionIds = new Set(constellations.map((c) => c.region_id));
  return {
    regions: tables.regions.filter((r) => regionIds.has(r.id)),
    constellations,
    solar_systems: systems,
    planets,
    moons: tables.moons.filter((m) => planetIds.has(m.planet_id)),
    stations: tables.stations.filter((s) => systemIds.has(s.solar_system_id)),
    stargates: tables.stargates.filter((g) => systemIds.has(g.solar_system_id) && systemIds.has(g.destination_system_id)),
    asteroid_belts: tables.asteroid_belts.filter((b) => systemIds.has(b.solar_system_id)),
    anomalies: tables.anomalies.filter((a) => systemIds.has(a.solar_system_id)),
    wormholes: tables.wormholes.filter((w) => systemIds.has(w.source_system_id) && systemIds.has(w.destination_system_id)),
  };
}
