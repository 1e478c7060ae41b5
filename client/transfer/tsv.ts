/**
 * Tab-separated text as spreadsheets put it on the clipboard. Excel, LibreOffice and Google
 * Sheets quote a cell that holds a tab, a line break or a quote ("a ""b""" for a "b"), end
 * every row with a line break, and write CRLF on Windows. Word writes its tables the same way
 * without the quotes, which reads the same as long as no cell holds a tab or line break.
 */
import { escapeHtml } from '../../shared/text/dutch.ts';

/** A block of cell texts, rows of columns. Rows may differ in length (ragged text). */
export type TextBlock = string[][];

/**
 * Reads clipboard text into rows of cells. A quote that does not close before the next tab or
 * line break (a cell that merely starts with a quote, as Word writes it) is taken literally,
 * so no text is ever swallowed by a stray quote.
 */
export function parseTsv(text: string): TextBlock {
  const rows: TextBlock = [];
  if (text === '') return rows;
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let end = i;
      while (end < n && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end++;
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    // A line break: \r\n, \n or a lone \r (old Mac Excel).
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    // The line break after the last row ends the block; it does not start an empty row.
    if (i >= n) break;
  }
  return rows.map((cells) => cells.map(normaliseLineBreaks));
}

/** A quoted cell from `start` (a quote); null when it does not close cleanly. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return null;
    value += text.slice(i, close);
    if (text[close + 1] === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    const after = text[close + 1];
    if (after === undefined || after === '\t' || after === '\n' || after === '\r') return { value, end: close + 1 };
    return null;
  }
}

function normaliseLineBreaks(cell: string): string {
  return cell.replace(/\r\n?/g, '\n');
}

/** Writes a block the way Excel reads it back: quotes only where a cell needs them, CRLF rows. */
export function toTsv(block: TextBlock): string {
  return block.map((row) => row.map(quoteCell).join('\t')).join('\r\n') + (block.length > 0 ? '\r\n' : '');
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The block's size: the longest row sets the width. */
export function blockSize(block: TextBlock): { rows: number; cols: number } {
  return { rows: block.length, cols: block.reduce((max, row) => Math.max(max, row.length), 0) };
}

/**
 * The block as an HTML table for the clipboard, so Word and Outlook paste a real table. Every
 * cell text is escaped: it is the user's text, never markup.
 */
export function toHtmlTable(block: TextBlock): string {
  const body = block
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
    .join('');
  return `<table><tbody>${body}</tbody></table>`;
}
