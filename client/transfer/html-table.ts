/**
 * The first table in pasted HTML (Word, Outlook, a web page) as rows of cell texts. The HTML is
 * parsed by DOMParser into an inert document (no scripts run, nothing loads, nothing is shown)
 * and only text is taken out: pasted markup never reaches the page.
 */
import type { TextBlock } from './tsv.ts';

/** Elements whose end is a line break inside a cell (Word writes one <p> per paragraph). */
const BLOCK_ELEMENTS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'PRE']);
/** Wide tables are usually a mistake; colspan="1000" must not become a thousand cells. */
const MAX_SPAN = 50;

export function htmlTableToBlock(html: string): TextBlock | null {
  if (!/<table/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const block: TextBlock = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    // Rows of a table nested in a cell belong to that cell's text, not to this block.
    if (tr.closest('table') !== table) continue;
    const row: string[] = [];
    for (const cell of Array.from(tr.children)) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      row.push(cellText(cell));
      const span = Math.min(MAX_SPAN, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1);
      for (let extra = 1; extra < span; extra++) row.push('');
    }
    block.push(row);
  }
  return block.length > 0 ? block : null;
}

function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // HTML collapses source line breaks and runs of spaces; so do we.
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (BLOCK_ELEMENTS.has(node.tagName)) parts.push('\n');
  };
  for (const child of Array.from(cell.childNodes)) walk(child);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
