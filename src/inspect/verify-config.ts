// What verify should expect of a universe generated with given parameters: the dry-run meta's
// `config` (or the parameters of a seed generated in memory) turned into VerifyOptions, so a
// universe made with a custom security mix, gate degree or starter names is judged by its own
// parameters rather than EVE's defaults. The config is read defensively (it may come from a
// file): a missing or mistyped field keeps the default target.
//
// Targets around a configured value v, matching the defaults around EVE's figures:
//   security mix        the configured shares, normalised
//   mean gates/system   v ± 0.35                  (default 2.3–3.0 around 2.64)
//   dead ends           v − 0.09 … v + 0.07       (default 5–20 % around 13.7 %)
//   lanes inside        at least v − 0.22         (default 60 % for 82 %)
//   lanes between regions  v / 10 … v + 0.10      (default 0.5–15 % for 5 %)
//   planets per system  median ± 3, max as configured
//   moons               from the per-type Poisson means (see ShapeTargets.moonsMeanByPlanetType)
//   wormhole lifetime   the configured hours, and the starter names as configured
import type { StarterNames } from './starter.js';
import type { ShapeTargets } from './verify-shape.js';
import type { VerifyOptions } from './verify-options.js';

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function numberAt(config: unknown, ...path: string[]): number | undefined {
  const value = field(config, ...path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringAt(config: unknown, ...path: string[]): string | undefined {
  const value = field(config, ...path);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Three named non-negative numbers, normalised to sum 1 (undefined when absent or all zero). */
function normalised<K extends string>(config: unknown, keys: readonly K[], ...path: string[]): Record<K, number> | undefined {
  const values = keys.map((key) => numberAt(config, ...path, key));
  if (values.some((v) => v === undefined || v < 0)) return undefined;
  const total = (values as number[]).reduce((sum, v) => sum + v, 0);
  if (total <= 0) return undefined;
  return Object.fromEntries(keys.map((key, k) => [key, (values[k] as number) / total])) as Record<K, number>;
}

function shapeTargetsFromConfig(config: unknown): Partial<ShapeTargets> {
  const targets: Partial<ShapeTargets> = {};
  const securityMix = normalised(config, ['high', 'low', 'null'] as const, 'security', 'mix');
  if (securityMix) targets.securityMix = securityMix;
  const meanDegree = numberAt(config, 'gates', 'meanDegree');
  if (meanDegree !== undefined) targets.meanDegree = [meanDegree - 0.35, meanDegree + 0.35];
  const maxDegree = numberAt(config, 'gates', 'maxDegree');
  if (maxDegree !== undefined) targets.maxDegree = maxDegree;
  const deadEnds = numberAt(config, 'gates', 'deadEndFraction');
  if (deadEnds !== undefined) targets.deadEndShare = [Math.max(0, deadEnds - 0.09), deadEnds + 0.07];
  const mix = normalised(config, ['constellation', 'region', 'interRegion'] as const, 'gates', 'mix');
  if (mix) {
    targets.insideConstellationMin = mix.constellation - 0.22;
    targets.betweenRegions = [mix.interRegion / 10, mix.interRegion + 0.1];
  }
  const planetMedian = numberAt(config, 'planets', 'count', 'median');
  if (planetMedian !== undefined) targets.planetsPerSystemMedian = [planetMedian - 3, planetMedian + 3];
  const planetMax = numberAt(config, 'planets', 'count', 'max');
  if (planetMax !== undefined) targets.planetsPerSystemMax = planetMax;
  const moonMeans = field(config, 'moons', 'mean');
  if (typeof moonMeans === 'object' && moonMeans !== null && Object.values(moonMeans).every((v) => typeof v === 'number')) {
    targets.moonsMeanByPlanetType = moonMeans as Record<string, number>;
  }
  return targets;
}

function starterFromConfig(config: unknown): StarterNames | undefined {
  const region = stringAt(config, 'names', 'starterRegion');
  const system = stringAt(config, 'names', 'starterSystem');
  const planetPrefix = stringAt(config, 'names', 'starterPlanetPrefix');
  return region && system && planetPrefix ? { region, system, planetPrefix } : undefined;
}

/** VerifyOptions for a universe generated with `config` (resolved parameters) at `epoch`. */
export function verifyOptionsFromConfig(config: unknown, epoch?: string): VerifyOptions {
  const options: VerifyOptions = { shapeTargets: shapeTargetsFromConfig(config) };
  if (epoch !== undefined) options.epoch = epoch;
  const starter = starterFromConfig(config);
  if (starter) options.starter = starter;
  const shortest = numberAt(config, 'wormholes', 'lifetimeHours', 'min');
  const longest = numberAt(config, 'wormholes', 'lifetimeHours', 'max');
  if (shortest !== undefined && longest !== undefined) options.wormholeLifetimeHours = [shortest, longest];
  return options;
}
