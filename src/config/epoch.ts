// The reference time of a universe (--epoch): an ISO 8601 time, read as UTC when it names no
// zone, returned as a full ISO string. Absent, it is the current time in whole seconds (the CLI's
// only clock read; pass --epoch to make a run repeatable).
import { UsageError } from '../errors.js';

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
    throw new UsageError(`--epoch "${raw}" is not an ISO 8601 time; use e.g. 2026-01-01T00:00:00Z`);
  }
  const year = parsed.getUTCFullYear();
  if (year < 1970 || year > 9999) throw new UsageError(`--epoch "${raw}" is out of range; use a year between 1970 and 9999`);
  return parsed.toISOString();
}
