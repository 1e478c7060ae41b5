import type { Places } from '../validation/places.ts';

/** A cell in words, short: "Doel 1 · indicator 2 · Streefwaarde". */
export function placeLabel(places: Places | null, rowId: string, colId: string): string {
  if (!places) return 'Programma';
  const place = places.place({ entityId: rowId, field: colId });
  const goal = place.goalLabel ? place.goalLabel.split(':')[0] : null;
  return [goal, place.label].filter(Boolean).join(' · ');
}
