/** How import messages name rows in Dutch, with the right article for each kind. */
import type { EntityKind } from '../../shared/model/entities.ts';
import { sheetOf } from '../export/sheets.ts';

/** Dutch articles: doel and resultaat are het-words, the others de-words. */
export const NEUTER: ReadonlySet<EntityKind> = new Set(['goal', 'result']);

export function thisOne(kind: EntityKind): string {
  return `${NEUTER.has(kind) ? 'dit' : 'deze'} ${sheetOf(kind).noun}`;
}

export function aNew(kind: EntityKind): string {
  return `een ${NEUTER.has(kind) ? 'nieuw' : 'nieuwe'} ${sheetOf(kind).noun}`;
}

export const OTHER_PARENT: Record<EntityKind, string> = {
  goal: '',
  goalIndicator: 'een ander doel',
  subGoal: 'een ander doel',
  result: 'een andere uitwerking',
  resultIndicator: 'een ander resultaat',
  activity: 'een andere uitwerking of een ander resultaat',
  measurement: 'een andere indicator',
  priority: '',
};

export const PARENT_NOUN: Record<EntityKind, string> = {
  goal: '',
  goalIndicator: 'doel',
  subGoal: 'doel',
  result: 'uitwerking',
  resultIndicator: 'resultaat',
  activity: 'uitwerking of resultaat',
  measurement: 'indicator',
  priority: '',
};

export function labelOf(kind: EntityKind, entity: Readonly<Record<string, unknown>>): string {
  const text = (key: string) => {
    const v = String(entity[key] ?? '').replace(/\s+/g, ' ').trim();
    return v.length > 60 ? `${v.slice(0, 57)}...` : v;
  };
  switch (kind) {
    case 'goal':
      return `doel ${text('code') || `"${text('title')}"`}`;
    case 'goalIndicator':
      return `indicator "${text('indicator')}"`;
    case 'subGoal':
      return `uitwerking "${text('title')}"`;
    case 'result':
      return `resultaat ${text('code') || `"${text('text')}"`}`;
    case 'resultIndicator':
      return `resultaatindicator "${text('text')}"`;
    case 'activity':
      return `activiteit "${text('text')}"`;
    case 'measurement':
      return `meting ${text('period') || '(zonder periode)'}`;
    case 'priority':
      return `prioriteit ${text('rank') || `"${text('result')}"`}`;
  }
}
