// Names: syllable names for systems, constellations and regions, EVE-like codes for null-sec
// systems ("X-7OMU"), Roman numerals for planets, and a registry that keeps names unique
// (redrawing on a clash, then numbering) and short enough for VARCHAR(100) columns without
// ever splitting a character. Config-given names are kept byte for byte when they fit.

import type { UniverseParams } from '../config/params.js';
import type { Rng } from '../random/rng.js';

/** Column limit of every name column (VARCHAR(100)). */
export const NAME_COLUMN_MAX = 100;
/**
 * Longest system name: planet, moon, belt and station names are built from it, and the longest
 * (`<System> XVIII - Moon 40 - <corporation> <facility>`) must still fit in 100 characters.
 */
export const SYSTEM_NAME_MAX = 40;
/**
 * The `<corporation> <facility>` part of a station name always gets at least this much room;
 * it gets more when the body's name leaves it (most do: "Genesis Mining Consortium Testing
 * Facilities" is 44 characters).
 */
export const STATION_SUFFIX_MIN = 40;

/** `text` cut to at most `maxUnits` UTF-16 code units, never inside a surrogate pair. */
export function fitName(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = maxUnits;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // would keep half of a pair
  return text.slice(0, end);
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** `text` cut after its last whole word that fits in `maxUnits` (a name never ends in half a word). */
export function fitWords(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  const cut = text.lastIndexOf(' ', maxUnits);
  return cut > 0 ? text.slice(0, cut) : fitName(text, maxUnits);
}

/**
 * "<corporation> <facility>", without saying a word twice where they meet: "Imperial Academy"
 * and "Academy" give "Imperial Academy", "Helion Trading" and "Trading Post" "Helion Trading Post".
 */
export function corporationFacility(corporation: string, facility: string): string {
  const facilityWords = facility.split(' ');
  const joined = corporation.split(' ').at(-1)?.toLowerCase() === facilityWords[0].toLowerCase() ? facilityWords.slice(1) : facilityWords;
  return [corporation, ...joined].join(' ');
}

/** 1 → "I", 8 → "VIII", 18 → "XVIII". */
export function romanNumeral(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}

export type Syllables = UniverseParams['names']['syllables'];

/** A name of two or three syllables: start (+ middle) + end. */
export function syllableName(rng: Rng, syllables: Syllables): string {
  const middle = syllables.middle.length > 0 && rng.chance(0.45) ? rng.pick(syllables.middle) : '';
  return rng.pick(syllables.start) + middle + rng.pick(syllables.end);
}

const CODE_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** An EVE-like null-sec code: 1–4 characters, a dash, 2–5 characters ("HED-GP", "9-4RP2"). */
export function codeName(rng: Rng): string {
  const part = (length: number): string => {
    let text = '';
    for (let i = 0; i < length; i++) text += CODE_CHARACTERS[rng.int(0, CODE_CHARACTERS.length - 1)];
    return text;
  };
  return `${part(rng.int(1, 4))}-${part(rng.int(2, 5))}`;
}

/** Hands out names unique within one registry, each at most `maxUnits` long. */
export class NameRegistry {
  private readonly used = new Set<string>();
  constructor(private readonly maxUnits: number) {}

  /** Marks a name as taken (e.g. the starter names) and returns it, fitted. */
  reserve(name: string): string {
    const fitted = fitName(name, this.maxUnits);
    this.used.add(fitted);
    return fitted;
  }

  has(name: string): boolean {
    return this.used.has(fitName(name, this.maxUnits));
  }

  /** The first free name among a few draws of `draw`, else the last draw numbered " 2", " 3" … */
  claim(draw: () => string, attempts = 12): string {
    let candidate = '';
    for (let i = 0; i < attempts; i++) {
      candidate = fitName(draw(), this.maxUnits);
      if (!this.used.has(candidate)) return this.reserve(candidate);
    }
    for (let k = 2; ; k++) {
      const suffix = ` ${k}`;
      const numbered = fitName(candidate, this.maxUnits - suffix.length) + suffix;
      if (!this.used.has(numbered)) return this.reserve(numbered);
    }
  }
}
