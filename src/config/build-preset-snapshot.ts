// Run by `npm run build` (after tsc): validates every preset with zod (validatedPreset) and writes
// the results to dist/config/preset-snapshot.json, with a sha256 of the seeds and compiled modules
// they came from. resolveParams serves a preset without overrides from it while those are
// unchanged, so start-up need not load zod.
import { writeSnapshot } from '../snapshot.js';
import { PRESET_NAMES, PRESET_SNAPSHOT, presetSourcesSha256, validatedPreset } from './params.js';

writeSnapshot(PRESET_SNAPSHOT, presetSourcesSha256(), Object.fromEntries(PRESET_NAMES.map((name) => [name, validatedPreset(name)])));
