// The starter region and system a universe is judged and drawn by: R4's Genesis and Genesis
// Prime unless the universe's parameters name others. Shared by verify (which checks them) and
// the map renderer (which marks the starter system), so neither reaches into the other.

/** The starter region and system (R4: Genesis and Genesis Prime; configurable names). */
export interface StarterNames {
  region: string;
  system: string;
  /** Prefix of the starter system's planet names: "Genesis" gives Genesis I … Genesis VIII. */
  planetPrefix: string;
}

export const DEFAULT_STARTER: StarterNames = { region: 'Genesis', system: 'Genesis Prime', planetPrefix: 'Genesis' };
