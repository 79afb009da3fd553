// Resolves the parameters of a universe: the `standard` preset as the base, the chosen preset
// over it, the name corpora of seeds/names/ filled in, then the --config overrides, validated
// (validate.ts), then scaled. The result is plain JSON data printed whole as meta.config, so
// a universe can be regenerated from its own dry-run file.
//
// A preset without overrides comes from the build's snapshot of the validated presets
// (build-preset-snapshot.ts) while the seeds and these modules are unchanged: the same object zod
// would return, without loading zod at start-up (≈ 50 ms).

import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { deepMerge, isPlainObject, type JsonObject } from './merge.js';
import type { UniverseParams } from './params-schema.js';
import { MAX_SCALE } from './limits.js';
import { checkUniverseSize } from './size-check.js';
import { rejectPrototypeKeys, validateParams } from './validate.js';
import { readSnapshot, sourcesSha256 } from '../snapshot.js';
import { distFile, packageFile, RUNNING_FROM_SOURCES } from '../package-root.js';

export type { UniverseParams } from './params-schema.js';
export {
  ANOMALY_TYPES,
  GALAXY_SHAPES,
  PLANET_TYPES,
  STAR_CLASSES,
  STATION_TYPES,
  type AnomalyType,
  type GalaxyShape,
  type PlanetType,
  type StarClass,
  type StationType,
} from './params-schema.js';

export const PRESET_NAMES = ['tiny', 'standard', 'eve'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const DEFAULT_PRESET: PresetName = 'standard';

/** Overrides of the parameters as a --config file holds them: any subset of keys at any depth; a list replaces the preset's whole. */
export type UniverseConfig = DeepPartial<UniverseParams>;
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

const SEEDS_URL = packageFile('seeds/');

function readSeedJson(relativePath: string): unknown {
  const text = readFileSync(new URL(relativePath, SEEDS_URL), 'utf8');
  return JSON.parse(text) as unknown;
}

/**
 * Keys a config file (or preset) may carry at its top level beside the parameters: `$schema` for
 * editors (schema/config.schema.json), `$comment` for people. They are dropped before validation;
 * any other unknown key is still refused.
 */
export const CONFIG_FILE_META_KEYS = ['$schema', '$comment'] as const;

function withoutMetaKeys(data: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !(CONFIG_FILE_META_KEYS as readonly string[]).includes(key)));
}

/** A preset file without its `$schema` and `$comment` keys. */
function readPreset(name: PresetName): JsonObject {
  const data = readSeedJson(`presets/${name}.json`);
  if (!isPlainObject(data)) throw new Error(`seeds/presets/${name}.json is not a JSON object`);
  return withoutMetaKeys(data);
}

/** The default name corpora (seeds/names/), as the `names` parameters. */
function readNameCorpora(): JsonObject {
  const stations = readSeedJson('names/stations.json');
  const stationNames = isPlainObject(stations) ? stations : {};
  return {
    names: {
      regions: readSeedJson('names/regions.json'),
      syllables: readSeedJson('names/syllables.json'),
      corporations: stationNames.corporations,
      facilities: stationNames.facilities,
    },
  };
}

function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** Multiplies the size of the universe (systems, regions) and nothing per-system. */
function scaled(params: UniverseParams, scale: number): UniverseParams {
  if (scale === 1) return params;
  const systems = Math.max(1, Math.round(params.systems.count * scale));
  const regions = Math.min(systems, Math.max(1, Math.round(params.regions.count * scale)));
  return { ...params, systems: { count: systems }, regions: { count: regions } };
}

/** The preset merged over `standard` and the name corpora, not yet validated. */
function mergedPreset(name: PresetName): unknown {
  const merged = deepMerge(readNameCorpora(), readPreset('standard'));
  return name === 'standard' ? merged : deepMerge(merged, readPreset(name));
}

/** A preset's parameters without overrides, validated by zod (unscaled). */
export function validatedPreset(name: PresetName): UniverseParams {
  return validateParams(mergedPreset(name));
}

/**
 * What the preset snapshot is derived from: the seeds and the compiled modules that validate them
 * (in dist/, which the CLI's bundle is built from; from src/ under vitest there is no snapshot).
 */
const PRESET_SNAPSHOT_SOURCES = [
  ...PRESET_NAMES.map((name) => new URL(`presets/${name}.json`, SEEDS_URL)),
  ...['regions', 'stations', 'syllables'].map((name) => new URL(`names/${name}.json`, SEEDS_URL)),
  ...['params.js', 'params-schema.js', 'validate.js', 'merge.js', 'limits.js'].map((name) => distFile(`config/${name}`)),
];
export const PRESET_SNAPSHOT = distFile('config/preset-snapshot.json');

export function presetSourcesSha256(): string | null {
  return RUNNING_FROM_SOURCES ? null : sourcesSha256(PRESET_SNAPSHOT_SOURCES);
}

let presetSnapshot: Partial<Record<PresetName, UniverseParams>> | null | undefined;

/** The preset's validated parameters from the build's snapshot (a fresh copy), or null. */
function snapshotPreset(name: PresetName): UniverseParams | null {
  presetSnapshot ??= readSnapshot<Partial<Record<PresetName, UniverseParams>>>(PRESET_SNAPSHOT, presetSourcesSha256());
  const params = presetSnapshot?.[name];
  return params ? (structuredClone(params) as UniverseParams) : null;
}

/**
 * The full parameters for `preset` (default `standard`) with `overrides` (a parsed --config
 * file) deep-merged over it, multiplied in size by `scale`. Throws UsageError naming the key.
 */
export function resolveParams(preset: string | undefined, overrides: unknown, scale = 1): UniverseParams {
  const name = preset ?? DEFAULT_PRESET;
  if (!isPresetName(name)) {
    throw new UsageError({ option: 'preset', say: () => `unknown preset "${name}"; valid presets are ${PRESET_NAMES.join(', ')}` });
  }
  if (overrides !== undefined && overrides !== null && !isPlainObject(overrides)) {
    throw new UsageError('config: the configuration must be a JSON object of parameter overrides');
  }
  if (!(Number.isFinite(scale) && scale > 0 && scale <= MAX_SCALE)) {
    throw new UsageError(`scale (${scale}) must be a number greater than 0 and at most ${MAX_SCALE}`);
  }
  rejectPrototypeKeys(overrides);
  const custom = isPlainObject(overrides) ? withoutMetaKeys(overrides) : undefined;
  const validated =
    custom !== undefined && Object.keys(custom).length > 0
      ? validateParams(deepMerge(mergedPreset(name), custom))
      : (snapshotPreset(name) ?? validatedPreset(name));
  const params = scaled(validated, scale);
  // Size limits hold for the universe actually made, so they are checked after scaling.
  checkUniverseSize(params, scale);
  return params;
}
