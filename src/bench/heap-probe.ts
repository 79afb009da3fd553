// Peak JS heap while a universe streams past, without keeping any rows: run with
// `node --expose-gc dist/bench/heap-probe.js <preset> <scale>`; prints one JSON line
// ({ systems, regions, rows, baselineHeapMb, peakHeapMb }). The scale test and the benchmark use
// it to show that memory is bounded by a region plus the skeleton, not by the universe.
import { resolveParams } from '../config/params.js';
import { planUniverse } from '../universe/generate.js';

type GcFunction = () => void;

function heapMb(): number {
  (globalThis as { gc?: GcFunction }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function main(): void {
  const [preset = 'standard', scaleText = '1'] = process.argv.slice(2);
  const baselineHeapMb = heapMb();
  const plan = planUniverse({ seed: 'heap-probe', params: resolveParams(preset, {}, Number(scaleText)), epoch: '2026-01-01T00:00:00.000Z' });
  let peakHeapMb = heapMb();
  let rows = 0;
  for (const batch of plan.batches()) {
    rows += batch.rows.length;
    // Measured while the batch is alive: the region's detail is still referenced.
    if (batch.table === 'anomalies' || batch.table === 'solar_systems') peakHeapMb = Math.max(peakHeapMb, heapMb());
  }
  process.stdout.write(JSON.stringify({ systems: plan.systemCount, regions: plan.regionCount, rows, baselineHeapMb, peakHeapMb }) + '\n');
}

main();
