/**
 * Header words never break in the middle ("Monitoring/b ron"): a column is at least as wide as
 * the longest word of its header, measured in the header's own font.
 */

/** Space around the header text: the cell's padding on both sides and the resize handle. */
const HEADER_PADDING = 44;

let canvas: HTMLCanvasElement | null = null;

function measure(word: string, font: string): number {
  if (typeof document === 'undefined') return word.length * 9;
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return word.length * 9;
  ctx.font = font;
  return ctx.measureText(word).width;
}

/** The longest run of a header that cannot be broken (words; a slash stays with its word). */
export function longestWord(header: string): string {
  return header.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

export function headerMinWidth(header: string | undefined, font = headerFont()): number {
  if (!header) return 0;
  return Math.ceil(measure(longestWord(header), font) + HEADER_PADDING);
}

function headerFont(): string {
  const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily || 'sans-serif';
  return `600 15px ${family}`;
}
