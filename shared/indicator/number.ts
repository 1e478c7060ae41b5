/**
 * Dutch number reading: decimal comma ("43,9"), thousands dot ("1.237.449"), amounts
 * ("€ 4.000,-"). A single dot group like "1.115" is read the Dutch way (1115) but flagged,
 * because an English-writing author would mean 1,115.
 */

export interface DutchNumber {
  value: number;
  /** The other reading when the text is ambiguous, else null. */
  alternative: number | null;
  ambiguous: boolean;
  /** Written the English way ("3.6", "1,234,567"); `value` follows that reading. */
  nonDutch: boolean;
  decimals: number;
  euro: boolean;
  percent: boolean;
}

const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+(?:,\d+)?$/;
const ENGLISH_DECIMAL = /^\d+\.\d+$/;
const ENGLISH_THOUSANDS = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/;

/** Parses one number as written in a Dutch cell; null when the text is not one number. */
export function parseDutchNumber(raw: string): DutchNumber | null {
  let s = raw.trim();
  let euro = false;
  let percent = false;
  if (/^(?:€|eur\b)/i.test(s)) {
    euro = true;
    s = s.replace(/^(?:€|eur)\s*/i, '');
  }
  if (/\s*(?:%|procent)$/i.test(s)) {
    percent = true;
    s = s.replace(/\s*(?:%|procent)$/i, '');
  }
  if (/,-{1,2}$|\.-$/.test(s)) {
    euro = true;
    s = s.replace(/[,.]-{1,2}$/, '');
  }
  let sign = 1;
  if (/^[-−]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (s.length === 0 || s.length > 40) return null;
  const base = { euro, percent };

  if (THOUSANDS_DOT.test(s)) {
    const [intPart, decPart = ''] = s.split(',') as [string, string?];
    const value = sign * Number(intPart.replace(/\./g, '') + (decPart ? '.' + decPart : ''));
    const groups = intPart.split('.');
    // One group of three after the dot, no comma: English readers would see a decimal.
    const ambiguous = groups.length === 2 && !decPart && groups[1] !== '000' && !euro;
    return {
      ...base,
      value,
      alternative: ambiguous ? sign * Number(intPart) : null,
      ambiguous,
      nonDutch: false,
      decimals: decPart.length,
    };
  }
  if (COMMA_DECIMAL.test(s)) {
    const [intPart, decPart = ''] = s.split(',') as [string, string?];
    const value = sign * Number(intPart + (decPart ? '.' + decPart : ''));
    // "1,234" may be an English thousands separator; "0,125" may not.
    const ambiguous = decPart.length === 3 && intPart.length <= 3 && intPart !== '0' && !percent && !euro;
    return {
      ...base,
      value,
      alternative: ambiguous ? sign * Number(intPart + decPart) : null,
      ambiguous,
      nonDutch: false,
      decimals: decPart.length,
    };
  }
  if (ENGLISH_THOUSANDS.test(s)) {
    const [intPart, decPart = ''] = s.split('.') as [string, string?];
    return {
      ...base,
      value: sign * Number(intPart.replace(/,/g, '') + (decPart ? '.' + decPart : '')),
      alternative: null,
      ambiguous: false,
      nonDutch: true,
      decimals: decPart.length,
    };
  }
  if (ENGLISH_DECIMAL.test(s)) {
    const decPart = s.split('.')[1] ?? '';
    return { ...base, value: sign * Number(s), alternative: null, ambiguous: false, nonDutch: true, decimals: decPart.length };
  }
  return null;
}

/**
 * Formats a number the Dutch way: "43,9", "1.237.449". Keeps between `minDecimals` (so "45,0"
 * stays "45,0") and `maxDecimals` decimals.
 */
export function formatDutchNumber(value: number, maxDecimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const negative = value < 0;
  const max = Math.max(0, Math.min(Math.max(maxDecimals, minDecimals), 6));
  const fixed = Math.abs(value).toFixed(max);
  let [intPart = '0', decPart = ''] = fixed.split('.');
  while (decPart.length > minDecimals && decPart.endsWith('0')) decPart = decPart.slice(0, -1);
  intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + intPart + (decPart ? ',' + decPart : '');
}
