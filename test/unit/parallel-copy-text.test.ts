// Generation on worker threads (src/format/parallel-copy-text.ts) makes exactly the COPY text of
// generation on this thread, batch for batch and in the same order, so loads and fingerprints do
// not depend on how many workers made the rows; a worker's failure ends the stream with its error;
// a consumer that stops early leaves no worker running. The workers run the built copy in dist/.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/config/params.js';
import { copyTextInBackground, copyTextInThread, copyTextInWorkers, type CopyTextBatch } from '../../src/format/parallel-copy-text.js';
import { FingerprintBuilder } from '../../src/format/fingerprint.js';
import { generateUniverse } from '../../src/index.js';
import { planUniverse, type UniverseInput } from '../../src/universe/generate.js';

const EPOCH = '2026-01-01T00:00:00.000Z';
const input = (seed: string, preset = 'standard'): UniverseInput => ({ seed, params: resolveParams(preset, {}), epoch: EPOCH });

async function collect(source: AsyncIterable<CopyTextBatch>): Promise<CopyTextBatch[]> {
  const batches: CopyTextBatch[] = [];
  for await (const batch of source) batches.push(batch);
  return batches;
}

const workerThreads = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Worker' || kind === 'MessagePort').length;

describe('COPY text made on worker threads', () => {
  it.each([1, 2, 3])(
    'with %i worker(s) equals this thread’s, batch for batch, and gives the dry run’s fingerprint',
    async (workers) => {
      const plan = planUniverse(input(`parallel-${workers}`));
      expect(plan.regionCount).toBeGreaterThan(workers);
      const inThread = [...copyTextInThread(plan)];
      const parallel = await collect(copyTextInWorkers(plan, workers));
      expect(parallel.length).toBe(inThread.length);
      expect(parallel).toEqual(inThread);
      const fingerprint = new FingerprintBuilder();
      for (const batch of parallel) fingerprint.add(batch.table, batch.text, batch.rowCount);
      expect(fingerprint.digest()).toBe(generateUniverse({ seed: `parallel-${workers}`, preset: 'standard', epoch: EPOCH }).meta.fingerprint);
    },
    60_000,
  );

  it('with binary tuples asked for, workers send the binary this thread makes, and text for the fingerprint', async () => {
    const plan = planUniverse(input('parallel-binary'));
    // Bytes as hex: a Buffer made here and a Uint8Array received from a worker hold the same bytes.
    const comparable = (batches: CopyTextBatch[]): object[] =>
      batches.map((batch) => ({ ...batch, binary: batch.binary && Buffer.from(batch.binary).toString('hex') }));
    const inThread = [...copyTextInThread(plan, { binary: true })];
    expect(inThread.filter((batch) => batch.binary !== undefined).length).toBeGreaterThan(inThread.length / 2);
    expect(comparable(await collect(copyTextInWorkers(plan, 2, { binary: true })))).toEqual(comparable(inThread));
  }, 60_000);

  it('with no workers, is this thread’s text', async () => {
    const plan = planUniverse(input('parallel-none', 'tiny'));
    expect(await collect(copyTextInWorkers(plan, 0))).toEqual([...copyTextInThread(plan)]);
  });

  it('ends with the error of a worker that fails, and stops the others', async () => {
    const plan = planUniverse(input('parallel-broken'));
    // A region that claims systems past the end: its worker reads an undefined system and throws.
    const region = plan.parts.skeleton.regions[3];
    region.systemEnd = plan.parts.skeleton.systems.length + 10;
    await expect(collect(copyTextInWorkers(plan, 2))).rejects.toThrow(TypeError);
    expect(workerThreads()).toBe(0);
  }, 60_000);

  it('leaves no worker running when the consumer stops early', async () => {
    const plan = planUniverse(input('parallel-early'));
    let taken = 0;
    for await (const batch of copyTextInWorkers(plan, 2)) {
      expect(batch.text.length).toBeGreaterThan(0);
      if (++taken === 10) break;
    }
    expect(taken).toBe(10);
    expect(workerThreads()).toBe(0);
  }, 60_000);
});

describe('COPY text made on this thread in the background', () => {
  it('starts before it is read, and equals this thread’s text batch for batch', async () => {
    const plan = planUniverse(input('background-rows', 'tiny'));
    let made = 0;
    const counted = {
      *batches() {
        for (const batch of plan.batches()) {
          made++;
          yield batch;
        }
      },
    };
    const source = copyTextInBackground(counted, { binary: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(made).toBeGreaterThan(0);
    const comparable = (batches: CopyTextBatch[]): object[] =>
      batches.map((batch) => ({ ...batch, binary: batch.binary && Buffer.from(batch.binary).toString('hex') }));
    expect(comparable(await collect(source))).toEqual(comparable([...copyTextInThread(plan, { binary: true })]));
  });

  it('stops making batches while its reader holds back, and goes on when read', async () => {
    const plan = planUniverse(input('background-held', 'tiny'));
    const all = [...copyTextInThread(plan)];
    let made = 0;
    const counted = {
      *batches() {
        for (const batch of plan.batches()) {
          made++;
          yield batch;
        }
      },
    };
    // Room for the first two batches' text only.
    const room = all[0].text.length + all[1].text.length;
    const source = copyTextInBackground(counted, undefined, room);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(made).toBe(2);
    expect(await collect(source)).toEqual(all);
    expect(made).toBe(all.length);
  });

  it('throws a failure to its reader', async () => {
    const failing = {
      *batches(): Generator<{ table: 'regions'; rows: object[] }> {
        yield { table: 'regions', rows: [{ id: 'not-a-uuid', name: 'R', description: null, x_offset: Number.NaN, y_offset: 0, z_offset: 0 }] };
      },
    };
    await expect(collect(copyTextInBackground(failing as never))).rejects.toThrow(/non-finite number/);
  });
});
