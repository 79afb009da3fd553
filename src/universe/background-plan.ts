// A plan whose skeleton is built on a worker thread, so the caller opens its database meanwhile:
// the skeleton of a large universe takes a third of a second (eve) to seconds (10× eve) on one
// core, and opening an embedded database as long again on the other. Small universes are planned
// on the calling thread at once (a thread's start costs more than their skeleton).
//
// The worker sends the skeleton's plain data back; the plan is made around it with the caller's
// own input (planOfSkeleton), so it is the plan planUniverse would make.
import { Worker } from 'node:worker_threads';
import { workerModule } from '../package-root.js';
import { planOfSkeleton, planUniverse, skeletonOf, type SkeletonData, type UniverseInput, type UniversePlan } from './generate.js';

/** Below this many systems (as configured) the skeleton is built on the calling thread. */
export const BACKGROUND_PLAN_MIN_SYSTEMS = 1000;

const WORKER_URL = workerModule('universe/skeleton-worker.js');

export interface PendingPlan {
  readonly plan: Promise<UniversePlan>;
  /** The plan, when it was made on the calling thread and is ready now. */
  readonly ready?: UniversePlan;
  /** Stops the worker if it is still building (a caller that failed before needing the plan). */
  dispose(): Promise<void>;
}

/** A plan that is ready now. */
export function readyPlan(plan: UniversePlan): PendingPlan {
  return { plan: Promise.resolve(plan), ready: plan, dispose: async () => undefined };
}

/** Starts planning `input`: on a worker thread for large universes, at once on this thread otherwise. */
export function planInBackground(input: UniverseInput, minSystems = BACKGROUND_PLAN_MIN_SYSTEMS): PendingPlan {
  if (input.params.systems.count < minSystems) return readyPlan(planUniverse(input));
  const worker = new Worker(WORKER_URL, { workerData: { seed: input.seed, params: input.params } });
  const plan = new Promise<UniversePlan>((resolve, reject) => {
    worker.once('message', (data: SkeletonData) => {
      try {
        resolve(planOfSkeleton(input, skeletonOf(input, data)));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the skeleton worker stopped with exit code ${code} before sending the skeleton`)));
  });
  // A caller that never awaits (it failed first) must not see an unhandled rejection from dispose().
  plan.catch(() => undefined);
  return { plan, dispose: async () => void (await worker.terminate()) };
}
