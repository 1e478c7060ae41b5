/** The Metingen panel's writes: the form read the Dutch way, and the actions through the real dispatcher. */
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../shared/doc/index.ts';
import { addMeasurement, changeMeasurement, removeMeasurement } from '../../client/actions/measurement-actions.ts';
import { EMPTY_INPUT, readForm } from '../../client/monitoring/measurement-form.ts';
import { dispatchFixture } from './dispatch-fixture.ts';

const measurementsOf = (doc: Parameters<typeof readProgramme>[0]) => readProgramme(doc).goals[2]!.indicators[0]!.measurements;

describe('the measurement form', () => {
  it('reads Dutch numbers and stores the period by its key', () => {
    const read = readForm({ ...EMPTY_INPUT, period: 'Q3 2025', value: '68,6', responseRate: '37', sampleSize: '1.204', valueStatus: 'provisional' });
    expect(read.problems).toEqual({});
    expect(read.fields).toMatchObject({ period: '2025-Q3', value: 68.6, responseRate: 37, sampleSize: 1204, valueStatus: 'provisional', scope: null, assessment: null });
    expect(read.notes).toEqual([]);
    // A value that reads two ways is taken the Dutch way, and said.
    const twoWays = readForm({ ...EMPTY_INPUT, period: '2025', value: '1.115' });
    expect(twoWays.fields.value).toBe(1115);
    expect(twoWays.notes[0]).toContain('1.115 is gelezen als 1115');
  });

  it('says per field what does not fit', () => {
    const read = readForm({ ...EMPTY_INPUT, period: 'ooit', value: 'veel', responseRate: '120', assessment: 'on-track' });
    expect(Object.keys(read.problems).sort()).toEqual(['assessmentNote', 'period', 'responseRate', 'value']);
    expect(readForm({ ...EMPTY_INPUT, period: '2025' }).problems.value).toContain('Vul een waarde in');
    expect(readForm({ ...EMPTY_INPUT, period: '2025', assessment: 'at-risk', assessmentNote: 'Minder bereik' }).problems).toEqual({});
  });
});

describe('measurement actions', () => {
  it('add, change and remove are each one undoable step under the officer', () => {
    const { dispatcher, doc, undoManager } = dispatchFixture();
    const added = dispatcher.run(addMeasurement, { indicatorId: 'g3-i1', fields: readForm({ ...EMPTY_INPUT, period: '2025', value: '68,6' }).fields });
    expect(added.ok).toBe(true);
    expect(measurementsOf(doc)).toEqual([expect.objectContaining({ period: '2025', value: 68.6 })]);
    const id = measurementsOf(doc)[0]!.id;
    expect(dispatcher.run(changeMeasurement, { measurementId: id, fields: { value: 69 } }).ok).toBe(true);
    expect(measurementsOf(doc)[0]!.value).toBe(69);
    undoManager.undo();
    expect(measurementsOf(doc)[0]!.value).toBe(68.6);
    expect(dispatcher.run(removeMeasurement, { measurementId: id }).ok).toBe(true);
    expect(measurementsOf(doc)).toEqual([]);
  });

  it('refuses without the edit right, without a period, an assessment without explanation, and a value that is no number', () => {
    const reader = dispatchFixture({ rights: ['read'] });
    expect(reader.dispatcher.run(addMeasurement, { indicatorId: 'g3-i1', fields: { period: '2025', value: 1 } }, { quiet: true }).ok).toBe(false);
    const { dispatcher, doc } = dispatchFixture();
    const quiet = { quiet: true };
    expect(dispatcher.run(addMeasurement, { indicatorId: 'g3-i1', fields: { period: '', value: 1 } }, quiet)).toEqual({ ok: false, reason: 'Vul de periode van de meting in.' });
    expect(dispatcher.run(addMeasurement, { indicatorId: 'g3-i1', fields: { period: '2025', value: 1, assessment: 'on-track', assessmentNote: ' ' } }, quiet).ok).toBe(false);
    expect(dispatcher.run(addMeasurement, { indicatorId: 'g3-i1', fields: { period: '2025', value: '1' } }, quiet).ok).toBe(false);
    expect(measurementsOf(doc)).toEqual([]);
  });
});
