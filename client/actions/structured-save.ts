/** Saving the structured editor of a nulmeting or streefwaarde: every changed part at once. */
import type { PartChange } from '../structured/parts.ts';
import { writeParts } from '../structured/write.ts';
import type { Action } from './action.ts';

export interface SavePartsArgs {
  indicatorId: string;
  changes: readonly PartChange[];
}

export const saveIndicatorParts: Action<SavePartsArgs> = {
  id: 'indicator.parts',
  label: 'Onderdelen opslaan',
  writes: ({ changes }) => changes.map((c) => ({ kind: 'goalIndicator', field: c.field, value: c.value })),
  perform({ doc, origin, council }, { indicatorId, changes }) {
    writeParts(doc, indicatorId, changes, origin, council);
    return { result: undefined };
  },
};
