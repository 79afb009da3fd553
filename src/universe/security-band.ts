// The one definition of the security bands, used by the generator, stats, verify and the map:
// high-sec from 0.45 (EVE shows one decimal, so 0.45 already reads "0.5"), low-sec above 0.0,
// null-sec exactly 0.0 (the schema's CHECK forbids negatives).

import { HIGH_SEC_MIN } from './constants.js';

export type SecurityBand = 'high' | 'low' | 'null';

export function securityBand(security: number): SecurityBand {
  if (security >= HIGH_SEC_MIN) return 'high';
  return security > 0 ? 'low' : 'null';
}

/** A lane whose ends differ in security by more than this is a cliff (EVE: ≈ 3.5 % of lanes). */
export const SECURITY_STEP_MAX = 0.3;
