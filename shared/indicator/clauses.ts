/**
 * Splits a cell into clauses (sentences, ';'-parts, lines). A value takes its year and scope from
 * its own clause first: "Landelijk is dit 8,9%" must not lend "landelijk" to the Dronten figure.
 */

export interface Clause {
  start: number;
  end: number;
  text: string;
}

// A dot after these is not a sentence end.
const ABBREVIATIONS = /(?:\bca|\bcirca|\bbijv|\bo\.a|\bm\.b\.t|\bi\.v\.m|\bt\.o\.v|\bincl|\bexcl|\bmax|\bmin|\bnr|\bzgn|\bevt|\bgem|\bvs|\bjl|\bresp|\bn\.v\.t|\bo\.b\.v|\bm\.n|\bd\.w\.z|\bi\.p\.v)$/i;

export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    if (raw.trim().length > 0) out.push({ start, end, text: raw });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === ';') {
      push(i + 1);
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const next = text[i + 1];
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

export function clauseAt(clauses: readonly Clause[], offset: number): Clause | null {
  for (const c of clauses) if (offset >= c.start && offset < c.end) return c;
  return null;
}
