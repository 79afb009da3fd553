// Physical constants, stellar and planetary reference values, and EVE Online reference figures
// the generator aims at — one place, each with its source.

// ── Units (IAU 2012 Resolution B2; IAU 2015 Resolution B2) ───────────────────────────────────
/** Astronomical unit in metres (IAU 2012, exact). */
export const AU_M = 149_597_870_700;
/** Light-year in metres (IAU: Julian year × c, exact). */
export const LIGHT_YEAR_M = 9_460_730_472_580_800;
export const SECONDS_PER_DAY = 86_400;
/** Temperature of the cosmic microwave background, K (Fixsen 2009, ApJ 707, 916): nothing is colder. */
export const COSMIC_BACKGROUND_K = 2.7255;

// ── Physical constants (CODATA 2018) ────────────────────────────────────────────────────────
/** Newtonian constant of gravitation, m³ kg⁻¹ s⁻². */
export const GRAVITATIONAL_CONSTANT = 6.6743e-11;
/** Boltzmann constant, J/K (exact since the 2019 SI). */
export const BOLTZMANN_J_PER_K = 1.380649e-23;
/** Atomic mass constant, kg. */
export const ATOMIC_MASS_KG = 1.6605390666e-27;
/** Molecular mass of N₂ in atomic mass units: the gas that decides whether an atmosphere stays. */
export const NITROGEN_MOLECULE_AMU = 28.014;

// ── The Sun (IAU 2015 nominal values; mass from GM☉ / G) ────────────────────────────────────
export const SOLAR_RADIUS_KM = 695_700;
export const SOLAR_TEMPERATURE_K = 5_772;
export const SOLAR_MASS_KG = 1.98847e30;
export const SOLAR_LUMINOSITY_W = 3.828e26;

// ── Planets (NASA planetary fact sheets) ────────────────────────────────────────────────────
export const EARTH_RADIUS_KM = 6_371;
export const EARTH_MASS_KG = 5.9722e24;
export const JUPITER_RADIUS_KM = 69_911;

/** The solar system's planets (NASA planetary fact sheets): orbit (AU), mean radius (km) and
 *  bulk density (kg/m³) — Genesis Prime is laid out after them. */
export const SOLAR_SYSTEM_PLANETS = [
  { name: 'Mercury', orbitAu: 0.387, radiusKm: 2_439.7, densityKgM3: 5_427 },
  { name: 'Venus', orbitAu: 0.723, radiusKm: 6_051.8, densityKgM3: 5_243 },
  { name: 'Earth', orbitAu: 1.0, radiusKm: 6_371.0, densityKgM3: 5_514 },
  { name: 'Mars', orbitAu: 1.524, radiusKm: 3_389.5, densityKgM3: 3_933 },
  { name: 'Jupiter', orbitAu: 5.203, radiusKm: 69_911, densityKgM3: 1_326 },
  { name: 'Saturn', orbitAu: 9.537, radiusKm: 58_232, densityKgM3: 687 },
  { name: 'Uranus', orbitAu: 19.19, radiusKm: 25_362, densityKgM3: 1_270 },
  { name: 'Neptune', orbitAu: 30.07, radiusKm: 24_622, densityKgM3: 1_638 },
] as const;

/**
 * Main-sequence star classes (Harvard classification): effective temperature, radius and mass
 * ranges. Source: Habets & Heintze (1981), A&AS 46, 193, as tabulated in the Wikipedia article
 * "Stellar classification"; the open ends are closed at the physical extremes of main-sequence
 * stars (O up to ~50,000 K, 15 R☉, 90 M☉; M down to the hydrogen-burning limit 0.08 M☉, 0.1 R☉).
 * Luminosity is not tabulated: it follows from radius and temperature (Stefan–Boltzmann).
 */
export const STAR_CLASS_RANGES = {
  O: { temperatureK: [30_000, 50_000], radiusSolar: [6.6, 15], massSolar: [16, 90] },
  B: { temperatureK: [10_000, 30_000], radiusSolar: [1.8, 6.6], massSolar: [2.1, 16] },
  A: { temperatureK: [7_500, 10_000], radiusSolar: [1.4, 1.8], massSolar: [1.4, 2.1] },
  F: { temperatureK: [6_000, 7_500], radiusSolar: [1.15, 1.4], massSolar: [1.04, 1.4] },
  G: { temperatureK: [5_200, 6_000], radiusSolar: [0.96, 1.15], massSolar: [0.8, 1.04] },
  K: { temperatureK: [3_700, 5_200], radiusSolar: [0.7, 0.96], massSolar: [0.45, 0.8] },
  M: { temperatureK: [2_400, 3_700], radiusSolar: [0.1, 0.7], massSolar: [0.08, 0.45] },
} as const satisfies Record<string, { temperatureK: readonly [number, number]; radiusSolar: readonly [number, number]; massSolar: readonly [number, number] }>;

/**
 * Conservative habitable zone of the Sun, AU: runaway greenhouse (inner) to maximum greenhouse
 * (outer) limits of Kopparapu et al. (2013), ApJ 765, 131; it scales with √(L/L☉).
 */
export const SOLAR_HABITABLE_ZONE_AU = { inner: 0.99, outer: 1.67 } as const;
/** Water frost (snow) line of the Sun, AU, scaling with √(L/L☉): Hayashi (1981), PThPS 70, 35. */
export const SOLAR_FROST_LINE_AU = 2.7;

/**
 * Planet types by radius (km), bulk density (kg/m³) and Bond albedo. Ranges bracket the solar
 * system's members and known exoplanets of each kind (NASA fact sheets: Mercury 2,440 km and
 * 5,427 kg/m³; Earth 6,371 km, 5,514 kg/m³, albedo 0.306; Mars 3,390 km, 3,933 kg/m³; Neptune
 * 24,622 km, 1,638 kg/m³; Saturn 687 kg/m³; Jupiter 69,911 km, albedo 0.343; Pluto 1,188 km,
 * 1,854 kg/m³; Uranus 25,362 km, 1,270 kg/m³) up to super-Earths (~1.6 R⊕) and inflated hot
 * Jupiters (~1.3 RJ). Ice spans icy dwarfs to ice giants.
 */
export const PLANET_TYPE_PROPERTIES = {
  Lava: { radiusKm: [1_500, 8_000], densityKgM3: [4_500, 6_000], albedo: 0.1 },
  Terrestrial: { radiusKm: [2_500, 10_000], densityKgM3: [3_900, 5_600], albedo: 0.3 },
  'Gas Giant': { radiusKm: [20_000, 90_000], densityKgM3: [600, 1_700], albedo: 0.34 },
  Ice: { radiusKm: [1_000, 26_000], densityKgM3: [1_200, 2_500], albedo: 0.5 },
} as const;

/** A body keeps an N₂ atmosphere when its escape velocity exceeds this many rms thermal speeds
 *  (Jeans escape; 7 separates Mars, Titan and Earth, which keep one, from Mercury and the Moon). */
export const ATMOSPHERE_RETENTION_RATIO = 7;

/** Moons: innermost orbit in planet radii (outside the Roche limit ~2.44 R), spacing ratio, and the
 *  share of the Hill sphere inside which prograde orbits stay stable (~0.5, Domingos et al. 2006). */
export const MOON_ORBITS = { firstRadii: [3, 6], spacing: [1.25, 1.6], hillFraction: 0.45 } as const;
/** Largest moon radius as a share of its planet's: Ganymede/Jupiter ≈ 0.04, Moon/Earth ≈ 0.27. */
export const MOON_RADIUS_SHARE = { gasGiant: 0.04, rocky: 0.3, minKm: 5 } as const;

// ── Game content tables ─────────────────────────────────────────────────────────────────────
/** Ores by security band: common ores in high-sec, rare ones (Arkonor, Bistot, Mercoxit …) only in
 *  null-sec — after EVE Online's ore distribution (EVE University wiki, "Asteroids and ore"). */
type WeightsByBand = Readonly<Record<'high' | 'low' | 'null', Readonly<Record<string, number>>>>;

export const ORE_WEIGHTS: WeightsByBand = {
  high: { Veldspar: 35, Scordite: 30, Pyroxeres: 20, Plagioclase: 15, Omber: 5, Kernite: 3 },
  low: { Veldspar: 10, Scordite: 10, Pyroxeres: 10, Plagioclase: 10, Omber: 15, Kernite: 15, Jaspet: 15, Hemorphite: 15, Hedbergite: 10 },
  null: {
    Veldspar: 4, Scordite: 4, Pyroxeres: 4, Hemorphite: 6, Hedbergite: 10, Gneiss: 12, 'Dark Ochre': 12,
    Spodumain: 12, Crokite: 12, Bistot: 10, Arkonor: 10, Mercoxit: 4,
  },
};

/** Anomaly difficulty by security band: harder as security falls, Elite only in null-sec. */
export const ANOMALY_DIFFICULTY_WEIGHTS: WeightsByBand = {
  high: { Easy: 70, Medium: 30 },
  low: { Easy: 20, Medium: 50, Hard: 30 },
  null: { Medium: 20, Hard: 45, Elite: 35 },
};

/** Wormhole mass classes (kg): per-jump and total limits after EVE's wormhole types (EVE University
 *  wiki, "Wormhole attributes"); the total varies ±10 % per hole as in EVE. */
export const WORMHOLE_CLASSES = [
  { weight: 20, maxJumpKg: 5e6, totalKg: 5e8 },
  { weight: 30, maxJumpKg: 6.2e7, totalKg: 1e9 },
  { weight: 30, maxJumpKg: 3e8, totalKg: 2e9 },
  { weight: 15, maxJumpKg: 1e9, totalKg: 3e9 },
  { weight: 5, maxJumpKg: 2e9, totalKg: 3e9 },
] as const;

// ── EVE Online reference figures (PRODUCT.md R4 and the eve preset; k-space of CCP's static
//    data export: ~5,400 systems, ~6,900 gate pairs) ─────────────────────────────────────────
export const EVE_REFERENCE = {
  regions: 65,
  constellations: 790,
  systems: 5_400,
  planets: 46_000,
  moons: 235_000,
  asteroidBelts: 41_000,
  gatePairs: 6_900,
  stations: 5_100,
  rows: 350_000,
  meanGatesPerSystem: 2.64,
  maxGatesPerSystem: 8,
  deadEndShare: 0.137,
  gateMix: { constellation: 0.82, region: 0.13, interRegion: 0.05 },
  securityMix: { high: 0.23, low: 0.13, null: 0.64 },
  planetsPerSystemMedian: 8,
  planetsPerSystemMax: 18,
  moonsPerPlanetMean: 5.1,
  planetsWithoutMoonsShare: 0.24,
} as const;

/**
 * How EVE's k-space plays (issue 10; PRODUCT.md R4): its main gate network measured from CCP's
 * map data (the static data export's k-space systems and stargates, main connected network)
 * with networkx and pgRouting. Counts are for EVE's ~5,400 systems.
 */
export const EVE_NETWORK_REFERENCE = {
  source: "CCP's map data (static data export), k-space main gate network, measured with networkx and pgRouting",
  systems: 5_400,
  /** Mean jumps over all pairs of systems. */
  averageRouteJumps: 32.3,
  diameterJumps: 84,
  radiusJumps: 45,
  /** Smallest mean jumps from one system to all others. */
  bestMeanJumps: 20.1,
  /** The most common number of gates, and its share. */
  modeDegree: 2,
  modeDegreeShare: 0.36,
  /** Share of systems with ≥ 5 gates. */
  hubShare: 0.053,
  articulationPointShare: 0.223,
  /** Bridges with no dead end at either end. */
  pipes: 529,
  averageClustering: 0.165,
  /** Share of lanes whose ends differ in security by more than 0.3. */
  securityCliffShare: 0.035,
  highToNullGates: 5,
  highLowGates: 308,
  highSecPieces: 37,
  largestHighSecPieceShare: 0.91,
  allHighSecRegions: 0,
} as const;

/** Lowest security status that counts as high-sec (EVE shows one decimal: 0.45 reads 0.5). */
export const HIGH_SEC_MIN = 0.45;
