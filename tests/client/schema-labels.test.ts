/**
 * Every label the client shows for a field is the field's own, read from shared/schema: the
 * history and change requests (label), the grid and the problems panel (heading), the structured
 * editor (inputLabel, hint, shown choices, unit suggestions). A field added to a kind file is
 * named everywhere without a client change.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readProgramme, seedProgramme } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { text } from '../../shared/schema/fields.ts';
import { goalIndicator, ROW_KINDS } from '../../shared/schema/index.ts';
import { fieldLabel, KIND_LABELS, valueText } from '../../client/history/wording.ts';
import { columnHeading } from '../../client/programme/column-labels.ts';
import { PART_SPECS, ROLE_GROUPS, ROLE_TITLES, type PartField } from '../../client/structured/parts.ts';
import { Places } from '../../client/validation/places.ts';
import { pasteColumnsFor } from '../../client/transfer/paste-columns.ts';

describe('history wording reads the schema', () => {
  it('names every kind and every field by its schema label', () => {
    for (const kind of ROW_KINDS) {
      expect(KIND_LABELS[kind.kind]).toBe(kind.label);
      for (const [name, field] of Object.entries(kind.fields)) expect(fieldLabel(kind.kind, name)).toBe(field.label);
    }
  });

  it('shows every choice by its screen label', () => {
    for (const kind of ROW_KINDS) {
      for (const [name, field] of Object.entries(kind.fields)) {
        for (const [code, label] of Object.entries(field.shown ?? {})) expect(valueText(name, code)).toBe(label);
      }
    }
  });

  it('keeps the wording the screen had before the schema held it', () => {
    expect(valueText('direction', 'increase')).toBe('Toename');
    expect(valueText('status', 'not-measurable')).toBe('Niet meetbaar of niet te bepalen');
    expect(valueText('baselineScope', 'regio')).toBe('Regio');
    expect(valueText('kind', 'existing')).toBe('Bestaand');
    expect(fieldLabel('result', 'indicatorsText')).toBe('Indicator op resultaat');
    expect(fieldLabel('goal', 'unknownField')).toBe('unknownField');
  });
});

describe('the structured editor reads the schema', () => {
  it('labels, hints and choices of every part are its field’s', () => {
    for (const [name, spec] of Object.entries(PART_SPECS) as [PartField, (typeof PART_SPECS)[PartField]][]) {
      const field = goalIndicator.fields[name];
      expect(spec.label).toBe(field.inputLabel);
      expect(spec.hint).toBe(field.hint);
      const choices = field.shown ?? field.suggestions;
      if (choices) expect(spec.options?.slice(1)).toEqual(Object.entries(choices));
      else expect(spec.options).toBeUndefined();
    }
    expect(ROLE_TITLES).toEqual({ baseline: goalIndicator.fields.baseline.label, target: goalIndicator.fields.target.label });
    expect(ROLE_GROUPS.baseline[0]!.legend).toBe('Nulmeting');
    expect(ROLE_GROUPS.target[0]!.legend).toBe('Streefwaarde');
  });

  it('keeps the order and words of the comparator picker', () => {
    expect(PART_SPECS.direction.options?.map(([, label]) => label)).toEqual([
      '(niet ingevuld)',
      'Maximaal',
      'Minimaal',
      'Precies',
      'Tussen (bereik)',
      'Toename',
      'Afname',
      'Gelijk blijven',
      'Gelijk blijven of stijgen',
      'Gelijk blijven of dalen',
      'Relatief t.o.v. de nulmeting',
      'Verschuiving',
    ]);
    expect(PART_SPECS.unit.options?.[1]).toEqual(['%', '% (percentage)']);
    expect(PART_SPECS.baselineValue).toEqual({ kind: 'number', label: 'Waarde', hint: 'Bijvoorbeeld 3,6 of 1.234,5' });
    expect(PART_SPECS.statusReason).toEqual({ kind: 'text', label: 'Reden (bij niet meetbaar)' });
  });
});

describe('the problems panel and the grid read the schema', () => {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('gezond-samenleven')!);
  const programme = readProgramme(doc);
  const places = new Places(programme);
  const goal = programme.goals.find((g) => g.indicators.length > 0 && g.subGoals.some((s) => s.results.length > 0))!;
  const indicator = goal.indicators[0]!;
  const subGoal = goal.subGoals.find((s) => s.results.length > 0)!;
  const result = subGoal.results[0]!;

  it('names the column of a finding by the field’s heading', () => {
    for (const field of ['indicator', 'baseline', 'target', 'source']) {
      expect(places.place({ entityId: indicator.id, field }).label).toBe(`indicator 1 · ${goalIndicator.fields[field as 'indicator']!.heading}`);
    }
    // A structured part is marked on the cell it belongs to, and named by that cell.
    expect(places.place({ entityId: indicator.id, field: 'targetYear' }).label).toBe('indicator 1 · Streefwaarde');
    expect(places.place({ entityId: result.id, field: 'measurableFrom' }).label).toMatch(/ · Meetbaar vanaf$/);
    expect(places.place({ entityId: result.id, field: 'indicatorsText' }).label).toMatch(/ · Indicator op resultaat$/);
    expect(places.place({ entityId: subGoal.id, field: 'problem' }).label).toMatch(/ · Probleem\/aanleiding$/);
    expect(places.place({ entityId: subGoal.id, field: 'title' }).label).toMatch(/ · Titel$/);
    expect(places.place({ entityId: goal.id, field: 'title' }).label).toBe('Titel van het doel');
    expect(places.place({ entityId: goal.id, field: 'societalEffect' }).label).toBe('Maatschappelijk effect');
  });

  it('the grid header of every shown field is its heading', () => {
    for (const kind of ROW_KINDS) {
      for (const [name, field] of Object.entries(kind.fields)) expect(columnHeading(kind.kind, name)).toBe(field.heading);
    }
    expect(columnHeading('result', 'indicatorsText')).toBe('Indicator op resultaat');
    expect(columnHeading('activity', 'nr')).toBeUndefined();
  });

  it('a paste accepts the choice labels the grid shows', () => {
    const [kind] = pasteColumnsFor('activity', [{ field: 'kind', headerName: 'Soort' }]);
    expect(kind!.type).toEqual({
      kind: 'choice',
      options: [
        { value: 'existing', label: 'Bestaand' },
        { value: 'new', label: 'Nieuw' },
      ],
    });
  });
});

describe('a field added to a kind file', () => {
  const fields = goalIndicator.fields as unknown as Record<string, unknown>;
  afterEach(() => {
    delete fields.monitoringNote;
  });

  it('is named in the history, the grid and the problems panel without a client change', () => {
    fields.monitoringNote = text({
      label: 'Toelichting monitoring',
      heading: 'Monitoring',
      owner: 'college',
      column: { width: 30, position: 20 },
    });
    expect(fieldLabel('goalIndicator', 'monitoringNote')).toBe('Toelichting monitoring');
    expect(columnHeading('goalIndicator', 'monitoringNote')).toBe('Monitoring');
  });
});
