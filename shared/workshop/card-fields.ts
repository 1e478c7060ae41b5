/**
 * The fields a werkatelier card can propose a new text for, per row kind. The disposition
 * form offers exactly these, and the server refuses any other field: a card is words about a
 * goal, an uitwerking or a result, never its code, number or choice fields.
 */
export type CardRowKind = 'goal' | 'subGoal' | 'result';

export const CARD_FIELDS: Record<CardRowKind, { field: string; label: string }[]> = {
  goal: [
    { field: 'title', label: 'Doel' },
    { field: 'societalEffect', label: 'Maatschappelijk effect' },
  ],
  subGoal: [
    { field: 'title', label: 'Uitwerking' },
    { field: 'problem', label: 'Probleemstelling' },
  ],
  result: [
    { field: 'text', label: 'Resultaat' },
    { field: 'source', label: 'Bron' },
    { field: 'measurableFrom', label: 'Meetbaar vanaf' },
  ],
};

export function isCardField(kind: string, field: string): boolean {
  return kind in CARD_FIELDS && CARD_FIELDS[kind as CardRowKind].some((f) => f.field === field);
}
