// The `meta` object of a generated universe (PRODUCT.md R2): who made it, from what, and its
// fingerprint and row counts — shared by the dry-run JSON and the programmatic API.
import type { UniverseParams } from '../config/params.js';
import type { UniverseInput } from '../universe/generate.js';
import { GENERATOR_NAME, packageVersion } from '../version.js';
import type { FingerprintBuilder, TableCounts } from './fingerprint.js';

export interface UniverseMetaOut {
  generator: string;
  version: string;
  seed: string;
  preset: string;
  config: UniverseParams;
  epoch: string;
  fingerprint: string;
  counts: TableCounts;
}

/** The meta of a universe whose rows have all been added to `fingerprint`. */
export function buildMeta(input: UniverseInput, preset: string, fingerprint: FingerprintBuilder): UniverseMetaOut {
  return {
    generator: GENERATOR_NAME,
    version: packageVersion(),
    seed: input.seed,
    preset,
    config: input.params,
    epoch: input.epoch,
    fingerprint: fingerprint.digest(),
    counts: fingerprint.counts,
  };
}
