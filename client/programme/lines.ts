/**
 * "Indicator op resultaat" is edited as text, one indicator per line, and stored as rows.
 * A line that starts with a space continues the indicator above it (for the few indicators
 * that hold a list). The plan keeps ids of unchanged lines (LCS), rewrites changed lines
 * in place, adds new ones and deletes removed ones, so a colleague's concurrent edit to an
 * untouched indicator survives.
 */

export interface LineItem {
  id: string;
  text: string;
}

type PlanEntry = { kind: 'keep'; id: string } | { kind: 'update'; id: string; text: string } | { kind: 'add'; text: string };

export interface LinePlan {
  /** The new list in order. */
  entries: PlanEntry[];
  deletes: string[];
}

const CONTINUATION_INDENT = '  ';

export function itemsToText(items: readonly { text: string }[]): string {
  return items
    .map((item) =>
      item.text
        .split(/\r?\n/)
        .map((line, i) => (i === 0 ? line.trim() : CONTINUATION_INDENT + line.trim()))
        .join('\n'),
    )
    .join('\n');
}

export function textToItems(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    if (/^\s/.test(raw) && items.length > 0) items[items.length - 1] += '\n' + raw.trim();
    else items.push(raw.trim());
  }
  return items;
}

export function planLines(old: readonly LineItem[], next: readonly string[]): LinePlan {
  const n = old.length;
  const m = next.length;
  // lcs[i][j] = LCS length of old[i..] and next[j..]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = old[i]!.text === next[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const entries: PlanEntry[] = [];
  const deletes: string[] = [];
  let gapOld: LineItem[] = [];
  let gapNew: string[] = [];
  const flushGap = () => {
    const paired = Math.min(gapOld.length, gapNew.length);
    for (let k = 0; k < paired; k++) entries.push({ kind: 'update', id: gapOld[k]!.id, text: gapNew[k]! });
    for (let k = paired; k < gapNew.length; k++) entries.push({ kind: 'add', text: gapNew[k]! });
    for (let k = paired; k < gapOld.length; k++) deletes.push(gapOld[k]!.id);
    gapOld = [];
    gapNew = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && old[i]!.text === next[j]) {
      flushGap();
      entries.push({ kind: 'keep', id: old[i]!.id });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      gapNew.push(next[j]!);
      j++;
    } else {
      gapOld.push(old[i]!);
      i++;
    }
  }
  flushGap();
  return { entries, deletes };
}
