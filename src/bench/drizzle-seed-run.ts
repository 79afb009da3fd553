// A peer for `npm run bench`: drizzle-seed filling the universe tables of the project's own Drizzle
// schema with the same row counts as a universe of ours, run as its own process so its start-up
// is timed like ours (process start to exit).
//
//   node dist/bench/drizzle-seed-run.js <database-url> '<counts as JSON>'
//
// drizzle-seed picks foreign keys from the rows it made for the parent table. The schema's
// composite UNIQUEs (name per system, moon_index per planet …) are met with globally unique names
// and indexes, and CHECKs with ranged numbers. Stargates go in a second pass: a gate may not lead
// to its own system, so sources come from one half of the systems and destinations from the other.
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { seed } from 'drizzle-seed';
import { anomalies, asteroidBelts, constellations, moons, planets, regions, solarSystems, stargates, stations, wormholes } from '../db/schema/universe.js';

type Counts = Record<string, number>;

async function main(): Promise<void> {
  const [url, countsJson] = process.argv.slice(2);
  const counts = JSON.parse(countsJson) as Counts;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = drizzle(client);
  const tree = { regions, constellations, solarSystems, planets, moons, stations, asteroidBelts, anomalies, wormholes };
  await seed(db, tree, { seed: 42 }).refine((f) => ({
    regions: { count: counts.regions, columns: { name: f.string({ isUnique: true }) } },
    constellations: { count: counts.constellations, columns: { name: f.string({ isUnique: true }) } },
    solarSystems: {
      count: counts.solar_systems,
      columns: { name: f.string({ isUnique: true }), securityStatus: f.number({ minValue: 0, maxValue: 1, precision: 100 }) },
    },
    planets: { count: counts.planets, columns: { name: f.string({ isUnique: true }) } },
    moons: { count: counts.moons, columns: { moonIndex: f.intPrimaryKey() } },
    stations: { count: counts.stations, columns: { name: f.string({ isUnique: true }) } },
    asteroidBelts: { count: counts.asteroid_belts, columns: { beltIndex: f.intPrimaryKey() } },
    anomalies: { count: counts.anomalies },
    wormholes: { count: counts.wormholes, columns: { stability: f.number({ minValue: 0, maxValue: 100, precision: 10 }) } },
  }));
  const systemIds = (await client.query<{ id: string }>('SELECT id FROM solar_systems ORDER BY id')).rows.map((row) => row.id);
  const half = Math.ceil(systemIds.length / 2);
  await seed(db, { stargates }, { seed: 43 }).refine((f) => ({
    stargates: {
      count: counts.stargates,
      columns: {
        solarSystemId: f.valuesFromArray({ values: systemIds.slice(0, half) }),
        destinationSystemId: f.valuesFromArray({ values: systemIds.slice(half) }),
        name: f.string({ isUnique: true }),
      },
    },
  }));
  await client.end();
}

main().catch((error: unknown) => {
  process.stderr.write(`drizzle-seed run failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
