/**
 * Scope words: a cell can put a national figure next to (or instead of) a municipal one, and the
 * validator must know which number is local.
 */
import type { Scope } from './types.ts';

export interface ScopeMention {
  scope: Scope;
  start: number;
  end: number;
}

// "Nederlands" (Jeugd Instituut) is not a scope, "Nederland" is; \b after the stem sees to that.
const SCOPE_RE =
  /\b(landelijk\w*|nationaal|nationale|nederland|regio|regionaal|regionale|flevoland|provinci\w*|dronten\w*|lokaal|lokale|gemeente)\b/giu;

function scopeOf(word: string): Scope {
  const w = word.toLowerCase();
  if (w.startsWith('landelijk') || w.startsWith('nation') || w === 'nederland') return 'landelijk';
  if (w.startsWith('regio') || w === 'flevoland' || w.startsWith('provinci')) return 'regio';
  // The municipality's own name ("Dronten", "Drontense") is read as the municipality too.
  return 'gemeente';
}

export function scanScopes(text: string): ScopeMention[] {
  const out: ScopeMention[] = [];
  SCOPE_RE.lastIndex = 0;
  for (let m = SCOPE_RE.exec(text); m !== null; m = SCOPE_RE.exec(text)) {
    out.push({ scope: scopeOf(m[1] ?? ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const SCOPE_LABELS: Record<Scope, string> = {
  gemeente: 'Gemeente',
  regio: 'regio',
  landelijk: 'landelijk',
};
