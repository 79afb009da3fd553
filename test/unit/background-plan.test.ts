// A plan whose skeleton was built on a worker thread (src/universe/background-plan.ts) is the plan
// planUniverse makes on this thread: same counts, same starter, same rows batch for batch. Small
// universes are planned at once on this thread; dispose() stops a worker still building.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { startPlan } from '../../src/app/load.js';
import { resolveUniverseInput } from '../../src/app/input.js';
import { planInBackground } from '../../src/universe/background-plan.js';
import { planUniverse, type UniverseInput } from '../../src/universe/generate.js';

const EPOCH = '2026-01-01T00:00:00.000Z';
const input = (seed: string, preset: string): UniverseInput => ({ seed, params: resolveParams(preset, {}), epoch: EPOCH });
const workerThreads = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Worker' || kind === 'MessagePort').length;

describe('planning on a worker thread', () => {
  it('makes the plan planUniverse makes: counts, starter and every batch', async () => {
    const universe = input('background-1', 'standard');
    const pending = planInBackground(universe, 1);
    expect(workerThreads()).toBeGreaterThan(0);
    const background = await pending.plan;
    const here = planUniverse(universe);
    expect({ systems: background.systemCount, regions: background.regionCount, starter: background.starter, tables: background.tables }).toEqual({
      systems: here.systemCount,
      regions: here.regionCount,
      starter: here.starter,
      tables: here.tables,
    });
    expect([...background.batches()]).toEqual([...here.batches()]);
    await pending.dispose();
  }, 60_000);

  it('plans a universe below the threshold at once, on this thread', async () => {
    const universe = input('background-small', 'tiny');
    const pending = planInBackground(universe);
    expect(workerThreads()).toBe(0);
    expect((await pending.plan).systemCount).toBe(planUniverse(universe).systemCount);
  });

  it('dispose() stops a worker that is still building', async () => {
    const pending = planInBackground(input('background-stop', 'eve'), 1);
    await pending.dispose();
    await expect(pending.plan).rejects.toThrow(/skeleton worker stopped/);
    expect(workerThreads()).toBe(0);
  }, 60_000);

  it('is used for a large universe into an embedded database, not into PostgreSQL (app/load.ts startPlan)', async () => {
    const eve = resolveUniverseInput({ seed: 'background-target', preset: 'eve', epoch: EPOCH });
    const server = startPlan(eve, { databaseUrl: 'postgres://nobody@127.0.0.1:1/none' });
    expect(workerThreads()).toBe(0);
    const embedded = startPlan(eve, { dataDir: 'memory://' });
    expect(workerThreads()).toBeGreaterThan(0);
    const [fromWorker, here] = await Promise.all([embedded.plan, server.plan]);
    expect(fromWorker.starter).toEqual(here.starter);
    expect(fromWorker.systemCount).toBe(here.systemCount);
    await embedded.dispose();
    expect(workerThreads()).toBe(0);
  }, 60_000);
});
