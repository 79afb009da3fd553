// What universe to make: seed, preset, config overrides, scale and epoch, validated into the
// generator's input. The one place both the CLI and the programmatic API resolve them; they
// differ only in the default epoch (the CLI: now; the API: a fixed time, for reproducible tests).
import { randomInt } from 'node:crypto';
import { UsageError } from '../errors.js';
import { DEFAULT_PRESET, resolveParams } from '../config/params.js';
import { MAX_SCALE } from '../config/limits.js';
import { normalizeSeed } from '../config/seed.js';
import { parseEpoch } from '../config/epoch.js';
import type { UniverseInput } from '../universe/generate.js';

/** A universe as a caller asks for it; every field is validated by resolveUniverseInput. */
export interface UniverseRequest {
  /** Any string or integer; absent: a random seed (reported back as `seedWasChosen`). */
  seed?: string | number;
  /** 'tiny' | 'standard' | 'eve' (default 'standard'). */
  preset?: string;
  /** Parameter overrides, as a --config file holds them (already parsed). */
  config?: unknown;
  /** Multiplies the number of regions and systems. */
  scale?: number;
  /** Reference time for expiry and completion times. */
  epoch?: string | Date;
}

export interface ResolvedUniverseInput extends UniverseInput {
  preset: string;
  /** No seed was given and a random one was drawn: the caller should say which. */
  seedWasChosen: boolean;
}

/** The API's default epoch: fixed, so the same call gives the same rows on any day. */
export const FIXED_EPOCH = '2000-01-01T00:00:00.000Z';

/** Throws the scale option's usage error unless `scale` is a number in (0, MAX_SCALE]. */
export function checkScale(scale: number, shown: string = String(scale)): number {
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new UsageError({
      option: 'scale',
      say: (name) => `${name} "${shown}" must be a number greater than 0 and at most ${MAX_SCALE} (the scaled universe must also stay within the limits in the README)`,
    });
  }
  return scale;
}

function resolveEpoch(epoch: string | Date | undefined, defaultEpoch: 'now' | 'fixed'): string {
  if (epoch === undefined) return defaultEpoch === 'now' ? parseEpoch(undefined) : FIXED_EPOCH;
  if (!(epoch instanceof Date)) return parseEpoch(epoch);
  if (Number.isNaN(epoch.getTime())) throw new UsageError({ option: 'epoch', say: (name) => `${name} is an invalid Date` });
  // Through the same checks as a string: a Date outside 1970–9998 is refused the same way.
  return parseEpoch(epoch.toISOString());
}

/** Validates seed, preset, config, scale and epoch into the generator's input. */
export function resolveUniverseInput(request: UniverseRequest, defaults: { epoch: 'now' | 'fixed' } = { epoch: 'fixed' }): ResolvedUniverseInput {
  const seedWasChosen = request.seed === undefined;
  const seed = seedWasChosen ? String(randomInt(0, 2 ** 31 - 1)) : normalizeSeed(String(request.seed));
  const preset = request.preset ?? DEFAULT_PRESET;
  const scale = request.scale === undefined ? undefined : checkScale(request.scale);
  const params = resolveParams(preset, request.config ?? {}, scale);
  return { seed, params, epoch: resolveEpoch(request.epoch, defaults.epoch), preset, seedWasChosen };
}
