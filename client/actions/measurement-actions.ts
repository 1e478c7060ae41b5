/**
 * Measurements of an indicator, entered in the Metingen panel: add one, change one, remove one.
 * They pass the dispatcher's steps like every other change (edit right, the fields' value
 * checks, one transaction and one undo step); the layout stays in shared/doc/.
 */
import { addRow, deleteRow, setField } from '../../shared/doc/index.ts';
import type { FieldValue } from '../../shared/model/entities.ts';
import type { Action, FieldWrite } from './action.ts';

type Fields = Readonly<Record<string, FieldValue>>;

const writesOf = (fields: Fields): FieldWrite[] => Object.entries(fields).map(([field, value]) => ({ kind: 'measurement', field, value }));

/** An assessment counts only with its explanation: the panel asks for it before anything is written. */
function explained(fields: Fields): true | string {
  const note = typeof fields.assessmentNote === 'string' ? fields.assessmentNote.trim() : '';
  return fields.assessment && note === '' ? 'Schrijf bij een eigen oordeel een toelichting: zonder toelichting telt het oordeel niet.' : true;
}

export const addMeasurement: Action<{ indicatorId: string; fields: Fields }, string> = {
  id: 'measurement.add',
  label: 'Meting toevoegen',
  enabled: ({ fields }) => (typeof fields.period !== 'string' || fields.period.trim() === '' ? 'Vul de periode van de meting in.' : explained(fields)),
  writes: ({ fields }) => writesOf(fields),
  perform: ({ doc, origin }, { indicatorId, fields }) => ({ result: addRow(doc, 'measurement', indicatorId, origin, { fields: { ...fields } }) }),
};

/** "Maak meting": several measurements of one indicator at once, one transaction and one undo step. */
export const addMeasurements: Action<{ indicatorId: string; rows: readonly Fields[] }, string[]> = {
  id: 'measurement.addFromBaseline',
  label: 'Maak meting',
  enabled: ({ rows }) => (rows.length > 0 ? true : 'Er is niets over te nemen.'),
  writes: ({ rows }) => rows.flatMap(writesOf),
  perform: ({ doc, origin }, { indicatorId, rows }) => ({ result: rows.map((fields) => addRow(doc, 'measurement', indicatorId, origin, { fields: { ...fields } })) }),
};

export const changeMeasurement: Action<{ measurementId: string; fields: Fields }> = {
  id: 'measurement.change',
  label: 'Meting wijzigen',
  writes: ({ fields }) => writesOf(fields),
  perform: ({ doc, origin }, { measurementId, fields }) => {
    for (const [field, value] of Object.entries(fields)) setField(doc, 'measurement', measurementId, field, value, origin);
    return { result: undefined };
  },
};

export const removeMeasurement: Action<{ measurementId: string }> = {
  id: 'measurement.remove',
  label: 'Meting verwijderen',
  perform: ({ doc, origin }, { measurementId }) => {
    deleteRow(doc, 'measurement', measurementId, origin);
    return { result: undefined };
  },
};
