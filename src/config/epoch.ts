// The reference time of a universe (--epoch): an ISO 8601 time, read as UTC when it names no
// zone, returned as a full ISO string. Absent, it is the current time in whole seconds (the CLI's
// only clock read; pass --epoch to make a run repeatable).
import { UsageError } from '../errors.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * What is out of range in an ISO-like time, or undefined. JavaScript's Date rolls an impossible
 * date over (2026-02-30 becomes March 2) and accepts 24:00: both would silently make another
 * universe than the one asked for.
 */
function impossibleField(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:Z|([+-])(\d{2}):?(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `month ${match[2]}`;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > days) return `day ${match[3]} of a month with ${days} days`;
  if (match[4] !== undefined && Number(match[4]) > 23) return `hour ${match[4]}`;
  if (match[5] !== undefined && Number(match[5]) > 59) return `minute ${match[5]}`;
  if (match[6] !== undefined && Number(match[6]) > 59) return `second ${match[6]}`;
  if (match[8] !== undefined && (Number(match[8]) > 14 || Number(match[9]) > 59)) return `zone offset ${match[7]}${match[8]}:${match[9]}`;
  return undefined;
}

export function parseEpoch(raw: string | undefined, now: () => Date = () => new Date()): string {
  if (raw === undefined) {
    // Whole seconds keep the JSON readable; pass --epoch to make a run repeatable.
    const current = now();
    current.setUTCMilliseconds(0);
    return current.toISOString();
  }
  const text = raw.trim();
  const isoLike = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  // A time without a zone is UTC (JavaScript would read it as local time, and the same --epoch
  // would then give different universes on machines in different zones).
  const hasTimeWithoutZone = /T[\d:.]+$/.test(text);
  const parsed = new Date(hasTimeWithoutZone ? `${text}Z` : text);
  if (!isoLike.test(text) || Number.isNaN(parsed.getTime())) {
    throw new UsageError({ option: 'epoch', say: (name) => `${name} "${raw}" is not an ISO 8601 time; use e.g. 2026-01-01T00:00:00Z` });
  }
  const impossible = impossibleField(text);
  if (impossible) throw new UsageError({ option: 'epoch', say: (name) => `${name} "${raw}" is not a real time (${impossible}); use e.g. 2026-01-01T00:00:00Z` });
  const year = parsed.getUTCFullYear();
  // Up to 9998: expiry times (epoch + at most a year of wormhole lifetime) stay within year 9999.
  if (year < 1970 || year > 9998) throw new UsageError({ option: 'epoch', say: (name) => `${name} "${raw}" is out of range; use a year between 1970 and 9998` });
  return parsed.toISOString();
}
