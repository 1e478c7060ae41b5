/** Numbers as Dutch readers expect them. */
import { once } from './once.ts';

const shown = once(() => new Intl.NumberFormat('nl-NL'));
const plain = once(() => new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 15 }));

/** For reading: "1.234,5". */
export function formatNumber(value: number): string {
  return shown().format(value);
}

/**
 * For a cell that is read back as a number (csv, an imported value shown as text): "1234,5".
 * No thousands separator, which a reader would take for a decimal point, and every decimal kept.
 */
export function plainNumber(value: number): string {
  return plain().format(value);
}
