// The Harvard spectral classes O B A F G K M of main-sequence stars: effective temperature,
// radius and mass ranges, which `verify` holds every star and every planet orbit against.
//
// Source: the Harvard classification table (conventional colour, Teff, mass, radius of
// main-sequence stars) as given in Habets & Heintze (1981), A&AS 46, 193, and reproduced in the
// Wikipedia article "Stellar classification". Open ends (hottest O, smallest M) are closed with
// the physical extremes of main-sequence stars: O stars up to ~50,000 K and ~15 R☉, M dwarfs down
// to the hydrogen-burning limit (0.08 M☉, ~0.1 R☉, ~2,300 K).
// Solar radius: IAU 2015 nominal value 695,700 km.

export const SOLAR_RADIUS_KM = 695_700;

export interface StarClassRange {
  temperatureK: [number, number];
  radiusSolar: [number, number];
  massSolar: [number, number];
}

export const STAR_CLASSES: Readonly<Record<string, StarClassRange>> = {
  O: { temperatureK: [30_000, 52_000], radiusSolar: [6.6, 15], massSolar: [16, 90] },
  B: { temperatureK: [10_000, 30_000], radiusSolar: [1.8, 6.6], massSolar: [2.1, 16] },
  A: { temperatureK: [7_500, 10_000], radiusSolar: [1.4, 1.8], massSolar: [1.4, 2.1] },
  F: { temperatureK: [6_000, 7_500], radiusSolar: [1.15, 1.4], massSolar: [1.04, 1.4] },
  G: { temperatureK: [5_200, 6_000], radiusSolar: [0.96, 1.15], massSolar: [0.8, 1.04] },
  K: { temperatureK: [3_700, 5_200], radiusSolar: [0.7, 0.96], massSolar: [0.45, 0.8] },
  M: { temperatureK: [2_300, 3_700], radiusSolar: [0.1, 0.7], massSolar: [0.08, 0.45] },
};

export const STAR_CLASS_LETTERS = ['O', 'B', 'A', 'F', 'G', 'K', 'M'] as const;
