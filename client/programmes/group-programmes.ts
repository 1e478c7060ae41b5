/** The overview's groups: programmes of one municipality and one period together, in a stable order. */
import type { DocumentSummary } from '../app/api.ts';

export interface ProgrammeGroup {
  /** Safe as an element id. */
  key: string;
  title: string;
  documents: DocumentSummary[];
}

export function groupProgrammes(documents: readonly DocumentSummary[]): ProgrammeGroup[] {
  const groups = new Map<string, ProgrammeGroup>();
  for (const doc of documents) {
    const key = `${doc.municipality}\u0000${doc.period}`;
    let group = groups.get(key);
    if (!group) {
      const parts = [doc.municipality ? `Gemeente ${doc.municipality}` : 'Gemeente onbekend', doc.period ? `periode ${doc.period.replace('-', '–')}` : 'zonder periode'];
      groups.set(key, (group = { key, title: parts.join(', '), documents: [] }));
    }
    group.documents.push(doc);
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title, 'nl')).map((group, i) => ({ ...group, key: `groep-${i + 1}` }));
}
