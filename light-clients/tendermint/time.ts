/**
 * Times as CometBFT signs and hashes them: nanoseconds since the Unix epoch,
 * parsed from and printed as RFC 3339 with up to nine fractional digits
 * (the nanoseconds are part of the sign bytes, so nothing may be rounded).
 * Go's zero time (0001-01-01) is valid and lies before the epoch.
 */
import { malformed } from './errors.js';

const NS_PER_SECOND = 1_000_000_000n;
const SECONDS_PER_DAY = 86_400n;
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): bigint {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return BigInt(era * 146_097 + dayOfEra - 719_468);
}

function civilFromDays(days: bigint): [number, number, number] {
  const z = Number(days) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An RFC 3339 time as nanoseconds since the epoch; `field` names it in errors. */
export function parseRfc3339(text: unknown, field = 'time'): bigint {
  if (typeof text !== 'string') throw malformed(field, 'expected an RFC 3339 time string');
  const m = RFC3339.exec(text);
  if (!m) throw malformed(field, `not an RFC 3339 time: ${JSON.stringify(text.slice(0, 64))}`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw malformed(field, `time out of range: ${text}`);
  }
  const fraction = BigInt((m[7] ?? '').padEnd(9, '0'));
  let offsetSeconds = 0n;
  if (m[9] !== undefined) {
    const offset = BigInt(Number(m[10]) * 3600 + Number(m[11]) * 60);
    offsetSeconds = m[9] === '-' ? -offset : offset;
  }
  const seconds =
    daysFromCivil(year, month, day) * SECONDS_PER_DAY +
    BigInt(hour * 3600 + minute * 60 + second) -
    offsetSeconds;
  return seconds * NS_PER_SECOND + fraction;
}

/** Seconds (floored) and nanoseconds in [0, 1e9), as `google.protobuf.Timestamp` holds them. */
export function splitTime(ns: bigint): { readonly seconds: bigint; readonly nanos: number } {
  let seconds = ns / NS_PER_SECOND;
  let nanos = ns % NS_PER_SECOND;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += NS_PER_SECOND;
  }
  return { seconds, nanos: Number(nanos) };
}

/** Nanoseconds since the epoch as RFC 3339 UTC, with the fraction trimmed as Go prints it. */
export function formatRfc3339(ns: bigint): string {
  const { seconds, nanos } = splitTime(ns);
  let days = seconds / SECONDS_PER_DAY;
  let secondOfDay = seconds % SECONDS_PER_DAY;
  if (secondOfDay < 0n) {
    days -= 1n;
    secondOfDay += SECONDS_PER_DAY;
  }
  const [year, month, day] = civilFromDays(days);
  const s = Number(secondOfDay);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const fraction = nanos === 0 ? '' : `.${pad(nanos, 9).replace(/0+$/, '')}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${fraction}Z`;
}
