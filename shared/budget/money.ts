/**
 * Money is exact: every amount is a whole number of euro cents. JavaScript numbers hold whole
 * numbers exactly up to 2^53 (about 90 trillion euro), so cents are added and subtracted
 * without any rounding as long as each stored amount stays below MAX_AMOUNT_CENTS (the update
 * guard and the import refuse larger ones) and a plan holds fewer than 90,000 of them (a plan
 * of 500 lines x 10 years x 4 kinds holds 20,000).
 * Rounding happens only for display (whole euros, in Dutch notation) and where a quantity
 * turns into money (hours times a rate, a share of a line), each at one documented place.
 */
import { formatNumber } from '../text/dutch.ts';

/** A whole number of euro cents. */
export type Cents = number;

/** The largest amount one cell, movement or stated total may hold: € 1 miljard. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;
/** Hundred percent in basis points (hundredths of a percent): co-financing and link shares. */
export const WHOLE_SHARE = 10_000;

/** Whole euros to cents, for tests and fixtures: euros(403_600) is € 403.600. */
export function euros(amount: number): Cents {
  const cents = Math.round(amount * 100);
  if (!Number.isSafeInteger(cents) || Math.abs(amount * 100 - cents) > 1e-6) throw new RangeError(`not a whole number of cents: ${amount}`);
  return cents;
}

/**
 * "€ 403.600", "€ 47.600,50", "-€ 5.000": whole euros with thousands dots, cents only when
 * there are any. `cents: 'always'` writes them always ("€ 403.600,00").
 */
export function formatEuro(cents: Cents, options: { cents?: 'when-any' | 'always'; symbol?: boolean } = {}): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const rest = abs % 100;
  const fraction = rest !== 0 || options.cents === 'always' ? `,${String(rest).padStart(2, '0')}` : '';
  const number = `${formatNumber(whole)}${fraction}`;
  return options.symbol === false ? `${sign}${number}` : `${sign}€ ${number}`;
}

/** "50%", "33,33%": basis points as a Dutch percentage. */
export function formatShare(basisPoints: number): string {
  return `${formatNumber(basisPoints / 100)}%`;
}

export type ParsedAmount = { ok: true; cents: Cents } | { ok: false; error: string };

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads an amount as Dutch documents write it: "1.237.449", "€ 47.600,-", "€ 4.000,--",
 * "47.600,50", "200000", "-5.000". The dot groups thousands, the comma starts the cents. A
 * dot that cannot be a thousands separator ("47.6", "1.5") is refused rather than guessed:
 * an English decimal point read as Dutch would be a factor of a thousand off.
 */
export function parseDutchAmount(input: string): ParsedAmount {
  let text = input.replace(SPACES, '');
  if (text === '') return { ok: false, error: 'Er staat geen bedrag.' };
  let negative = false;
  if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  text = text.replace(/^(€|EUR)/i, '');
  if (!negative && /^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  text = text.replace(/(€|EUR)$/i, '').replace(/,[-−–—]{1,2}$/, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) {
    if (/^\d+(?:\.\d+)+$/.test(text) || /^\d+\.\d{1,2}$/.test(text)) {
      return { ok: false, error: `"${input.trim()}" is geen bedrag in Nederlandse schrijfwijze: de punt scheidt duizendtallen, de komma de centen (bijvoorbeeld 47.600,50).` };
    }
    if (/,\d{3,}$/.test(text)) return { ok: false, error: `"${input.trim()}" heeft meer dan twee cijfers achter de komma.` };
    return { ok: false, error: `"${input.trim()}" is geen bedrag.` };
  }
  const whole = Number(match[1]!.replace(/\./g, ''));
  const fraction = match[2] === undefined ? 0 : Number(match[2].padEnd(2, '0'));
  const cents = whole * 100 + fraction;
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return { ok: false, error: `"${input.trim()}" is groter dan ${formatEuro(MAX_AMOUNT_CENTS)}.` };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** A spreadsheet number (euros as a float) to cents; refuses fractions of a cent. */
export function centsOfSpreadsheetNumber(value: number): ParsedAmount {
  if (!Number.isFinite(value)) return { ok: false, error: 'Dit is geen getal.' };
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) > 1e-6 * Math.max(1, Math.abs(cents))) return { ok: false, error: `${formatNumber(value)} heeft meer dan twee cijfers achter de komma.` };
  if (Math.abs(cents) > MAX_AMOUNT_CENTS) return { ok: false, error: `${formatNumber(value)} is groter dan ${formatEuro(MAX_AMOUNT_CENTS)}.` };
  return { ok: true, cents: cents === 0 ? 0 : cents };
}

/**
 * What hours per week cost in a year: hundredths of an hour per week x the hourly rate x the
 * weeks of the plan's year, rounded half up to a whole cent, once, here. Every total then adds
 * these whole cents, so it is reproducible from the cells.
 */
export function costOfHours(centiHoursPerWeek: number, rateCents: Cents, weeksPerYear: number): Cents {
  const hundredfold = centiHoursPerWeek * rateCents * weeksPerYear;
  const sign = hundredfold < 0 ? -1 : 1;
  return (sign * Math.floor((Math.abs(hundredfold) + 50) / 100)) || 0;
}

/**
 * Splits a whole amount into parts by shares (basis points) without losing a cent: each part is
 * rounded down, and the cents left go one by one to the parts with the largest remainders
 * (ties: the earlier part). The parts add up to amount x sum(shares) / WHOLE_SHARE, rounded
 * down the same way, so splitting by 5000 and 5000 gives back the whole amount. BigInt inside:
 * amount x share can pass 2^53 for a large line.
 */
export function splitByShares(amount: Cents, shares: readonly number[]): Cents[] {
  const totalShares = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(amount) * Math.max(totalShares, WHOLE_SHARE) <= Number.MAX_SAFE_INTEGER) return splitSafely(amount, shares, totalShares);
  const sign = amount < 0 ? -1 : 1;
  const abs = BigInt(Math.abs(amount));
  const whole = BigInt(WHOLE_SHARE);
  const totalShare = BigInt(shares.reduce((a, b) => a + b, 0));
  const target = (abs * totalShare) / whole;
  const exact = shares.map((s) => abs * BigInt(s));
  const parts = exact.map((e) => e / whole);
  let left = target - parts.reduce((a, b) => a + b, 0n);
  const order = exact.map((e, i) => ({ i, rest: e % whole })).sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i]! += 1n;
    left--;
  }
  return parts.map((p) => sign * Number(p) || 0);
}

/** splitByShares in plain numbers, for amounts where amount x shares stays below 2^53. */
function splitSafely(amount: Cents, shares: readonly number[], totalShares: number): Cents[] {
  const sign = amount < 0 ? -1 : 1;
  const abs = Math.abs(amount);
  const target = Math.floor((abs * totalShares) / WHOLE_SHARE);
  const parts = new Array<number>(shares.length);
  const rests = new Array<number>(shares.length);
  let given = 0;
  for (let i = 0; i < shares.length; i++) {
    const exact = abs * shares[i]!;
    parts[i] = Math.floor(exact / WHOLE_SHARE);
    rests[i] = exact % WHOLE_SHARE;
    given += parts[i]!;
  }
  let left = target - given;
  if (left > 0) {
    const order = shares.map((_, i) => i).sort((a, b) => rests[b]! - rests[a]! || a - b);
    for (const i of order) {
      if (left <= 0) break;
      parts[i]!++;
      left--;
    }
  }
  return parts.map((p) => sign * p || 0);
}
