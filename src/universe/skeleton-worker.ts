// The worker thread of background-plan.ts: builds the skeleton of one universe and sends back its
// plain data (regions, constellations, systems). Building is pure in seed and parameters, so the
// skeleton is the one planUniverse builds on the calling thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { UniverseParams } from '../config/params.js';
import { SeedSpace } from '../random/stream.js';
import { skeletonData } from './generate.js';
import { buildSkeleton } from './skeleton/skeleton.js';

const { seed, params } = workerData as { seed: string; params: UniverseParams };
parentPort!.postMessage(skeletonData(buildSkeleton(new SeedSpace(seed), params)));
