/**
 * Everything that used to restate the row kinds by hand is now derived from shared/schema/.
 * These tests prove the derivations agree with the declarations and that the derived output is
 * what the hand-written code produced before (fixtures/before-schema.json, captured from it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { collectionOfRoot, rowsKey, SCHEMA_VERSION } from '../../../shared/doc/layout.ts';
import { readProgramme } from '../../../shared/doc/read.ts';
import { seedProgramme } from '../../../shared/doc/seed.ts';
import { checkFieldValue, EDITABLE_FIELDS, ENTITY_KINDS, isEditableField, MAX_TEXT_LENGTH, PARENT_KINDS } from '../../../shared/model/entities.ts';
import { exportFieldsOf, fieldsOf, ROW_KINDS, rowKind, type EntityKind } from '../../../shared/schema/index.ts';
import { CHILD_LISTS } from '../../../shared/schema/tree.ts';
import { SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';
import { COUNCIL_OWNED } from '../../../shared/validation/index.ts';
import { normalizeProgramme } from '../../../shared/validation/normalize.ts';
import { SHEETS, sheetRows } from '../../../server/export/sheets.ts';

interface Before {
  programmes: Record<string, { read: string; normalized: string; cells: string }>;
  sheets: { kind: string; name: string; noun: string; columns: { header: string; role: string; field: string | null; width: number }[] }[];
}

const before = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/before-schema.json'), 'utf8')) as Before;

const names = (kind: EntityKind) => fieldsOf(kind).map(([name]) => name);

/** Walks a Programme and calls back with every row and its kind. */
function eachRow(goals: readonly unknown[], visit: (kind: EntityKind, row: Record<string, unknown>) => void): void {
  const walk = (kind: EntityKind, row: Record<string, unknown>) => {
    visit(kind, row);
    for (const child of CHILD_LISTS[kind]) for (const c of row[child.key] as Record<string, unknown>[]) walk(child.kind, c);
  };
  for (const g of goals) walk('goal', g as Record<string, unknown>);
}

function seededDoc(index: number): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, SEED_PROGRAMMES[index]!);
  return doc;
}

/** The fixture as it would read at today's schema version (seeds are stamped with it). */
function atCurrentVersion(json: string): string {
  return JSON.stringify({ ...JSON.parse(json), schemaVersion: SCHEMA_VERSION });
}

describe('the row-kind registry', () => {
  it('declares the eight kinds in document order, each with its sheet and parents', () => {
    expect(ENTITY_KINDS).toEqual(['goal', 'goalIndicator', 'subGoal', 'result', 'resultIndicator', 'activity', 'measurement', 'priority']);
    expect(PARENT_KINDS).toEqual({
      goal: ['programme'],
      goalIndicator: ['goal'],
      subGoal: ['goal'],
      result: ['subGoal'],
      resultIndicator: ['result'],
      activity: ['subGoal', 'result'],
      measurement: ['goalIndicator', 'resultIndicator'],
      priority: ['programme'],
    });
    for (const k of ROW_KINDS) expect(rowKind(k.kind)).toBe(k);
  });

  it('gives every field a label, an owner, a right, an export column and the empty value of its type', () => {
    for (const kind of ENTITY_KINDS) {
      const positions = fieldsOf(kind).map(([, f]) => f.export.position);
      expect(new Set(positions).size, `${kind}: export positions are unique`).toBe(positions.length);
      for (const [name, f] of fieldsOf(kind)) {
        expect(f.label, `${kind}.${name}`).not.toBe('');
        expect(f.export.header, `${kind}.${name}`).not.toBe('');
        expect(['college', 'council']).toContain(f.owner);
        expect(f.right).toBe('edit');
        if (f.type !== 'text') expect(f.empty, `${kind}.${name}`).toBeNull();
        if (f.type === 'enum') expect(Object.keys(f.labels!)).toEqual(f.values);
      }
    }
  });
});

describe('derived lists cover exactly the schema fields', () => {
  it('EDITABLE_FIELDS and isEditableField', () => {
    for (const kind of ENTITY_KINDS) {
      expect(Object.keys(EDITABLE_FIELDS[kind])).toEqual(names(kind));
      for (const name of names(kind)) expect(isEditableField(kind, name)).toBe(true);
      expect(isEditableField(kind, 'id')).toBe(false);
      expect(isEditableField(kind, 'toString')).toBe(false);
    }
  });

  it('the update guard sees the same fields per row collection', () => {
    for (const kind of ENTITY_KINDS) {
      expect(Object.keys(collectionOfRoot(rowsKey(kind))!.fields)).toEqual(names(kind));
    }
  });

  it('the guard types and choices are the ones the hand-written allowlist had', () => {
    const specs = Object.fromEntries(
      ENTITY_KINDS.map((kind) => [kind, Object.fromEntries(fieldsOf(kind).map(([n, f]) => [n, f.values ? `${f.type}:${f.values.join('|')}` : f.type]))]),
    );
    const directions = 'enum:increase|decrease|min|max|exact|range|maintain|maintainOrIncrease|maintainOrDecrease|relative|shift';
    const statuses = 'enum:measurable|baseline-pending|target-pending|to-be-developed|not-measurable|delegated|measurable-from';
    expect(specs).toEqual({
      goal: { code: 'text', title: 'text', societalEffect: 'text' },
      goalIndicator: {
        indicator: 'text', baseline: 'text', target: 'text', source: 'text', unit: 'text', direction: directions, status: statuses,
        baselineYear: 'int', baselineValue: 'number', targetYear: 'int', targetValue: 'number', notes: 'text',
        baselineScope: `enum:${rowKind('goalIndicator').fields.baselineScope!.values!.join('|')}`,
        targetHigh: 'number', targetPercent: 'number', polarity: 'enum:higher-is-better|lower-is-better', statusYear: 'int',
        statusReason: 'text', statusReference: 'text',
      },
      subGoal: { title: 'text', problem: 'text' },
      result: { code: 'text', text: 'text', source: 'text', measurableFrom: 'text' },
      resultIndicator: { text: 'text' },
      activity: { text: 'text', kind: 'enum:existing|new' },
      measurement: {
        period: 'text', value: 'number', unit: 'text', scope: `enum:${rowKind('goalIndicator').fields.baselineScope!.values!.join('|')}`,
        subgroup: 'text', source: 'text', valueStatus: 'enum:provisional|final', responseRate: 'number', sampleSize: 'int', note: 'text',
        assessment: 'enum:on-track|at-risk|behind|unknown', assessmentNote: 'text',
      },
      priority: { rank: 'int', code: 'text', result: 'text', comment: 'text', tie: 'enum:tie' },
    });
  });

  it('COUNCIL_OWNED is the council-owned fields: goals and goal indicators but their notes', () => {
    expect(COUNCIL_OWNED).toEqual({
      goal: ['code', 'title', 'societalEffect'],
      goalIndicator: [
        'indicator', 'baseline', 'target', 'source', 'unit', 'direction', 'status', 'baselineYear', 'baselineValue', 'targetYear',
        'targetValue', 'baselineScope', 'targetHigh', 'targetPercent', 'polarity', 'statusYear', 'statusReason', 'statusReference',
      ],
    });
  });

  it('readProgramme and normalizeProgramme give every row exactly its id, its fields and its child lists', () => {
    const read = SEED_PROGRAMMES.map((_, i) => readProgramme(seededDoc(i)));
    for (const programmes of [read, read.map(normalizeProgramme)]) {
      const seen = new Set<EntityKind>();
      for (const programme of programmes) eachRow(programme.goals, (kind, row) => {
        seen.add(kind);
        expect(Object.keys(row)).toEqual(['id', ...names(kind), ...CHILD_LISTS[kind].map((c) => c.key)]);
        const fields = Object.fromEntries(['id', ...names(kind)].map((n) => [n, row[n]]));
        expect(v.safeParse(rowKind(kind).row, fields).success, `${kind} ${String(row.id)} fits its row schema`).toBe(true);
      });
      // The seeds hold no measurements (they came with issue 13); the ranking is beside the tree.
      expect([...seen].sort()).toEqual(ENTITY_KINDS.filter((k) => k !== 'measurement' && k !== 'priority').sort());
      for (const programme of programmes) {
        for (const row of programme.priorities ?? []) expect(Object.keys(row)).toEqual(['id', ...names('priority')]);
      }
    }
  });
});

describe('checkFieldValue follows the field schemas', () => {
  it('accepts null and a fitting value, and says in Dutch what does not fit', () => {
    expect(checkFieldValue('goal', 'title', null)).toBeNull();
    expect(checkFieldValue('goal', 'title', 'Armoede')).toBeNull();
    expect(checkFieldValue('goal', 'title', 3)).toBe('Verwacht tekst.');
    expect(checkFieldValue('goal', 'title', 'x'.repeat(MAX_TEXT_LENGTH + 1))).toBe(`Tekst is te lang (meer dan ${MAX_TEXT_LENGTH} tekens).`);
    expect(checkFieldValue('goalIndicator', 'baselineYear', 2024)).toBeNull();
    expect(checkFieldValue('goalIndicator', 'baselineYear', 2024.5)).toBe('Verwacht een geheel getal.');
    expect(checkFieldValue('goalIndicator', 'baselineYear', '2024')).toBe('Verwacht een geheel getal.');
    expect(checkFieldValue('goalIndicator', 'baselineValue', 43.9)).toBeNull();
    expect(checkFieldValue('goalIndicator', 'baselineValue', Number.POSITIVE_INFINITY)).toBe('Verwacht een getal.');
    expect(checkFieldValue('goalIndicator', 'baselineValue', Number.NaN)).toBe('Verwacht een getal.');
    expect(checkFieldValue('goalIndicator', 'direction', 'increase')).toBeNull();
    expect(checkFieldValue('goalIndicator', 'direction', 'sideways')).toBe('Ongeldige keuze.');
    expect(checkFieldValue('activity', 'kind', 'new')).toBeNull();
    expect(checkFieldValue('activity', 'colour', 'red')).toBe('Onbekend veld "colour".');
  });
});

describe('the export sheets come from the schema', () => {
  it('every field of a kind is a column of its sheet, under the header and in the order the schema says', () => {
    for (const def of SHEETS) {
      const fieldColumns = def.columns.filter((c) => c.role === 'field');
      expect(fieldColumns.map((c) => c.field)).toEqual(exportFieldsOf(def.kind).map(([n]) => n));
      expect(fieldColumns.map((c) => c.header)).toEqual(exportFieldsOf(def.kind).map(([, f]) => f.export.header));
      expect(fieldColumns.map((c) => c.width)).toEqual(exportFieldsOf(def.kind).map(([, f]) => f.export.width));
      expect(new Set(fieldColumns.map((c) => c.field))).toEqual(new Set(names(def.kind)));
      expect(def.name).toBe(rowKind(def.kind).sheet);
      expect(def.noun).toBe(rowKind(def.kind).noun);
    }
  });

  it('the sheets, their columns, headers and widths are the ones exported before the schema', () => {
    // Metingen (issue 13) and Prioriteiten (issue 12) are the sheets added since; the six before them are unchanged.
    const now = SHEETS.filter((s) => s.kind !== 'measurement' && s.kind !== 'priority').map((s) => ({
      kind: s.kind,
      name: s.name,
      noun: s.noun,
      columns: s.columns.map((c) => ({ header: c.header, role: c.role, field: c.field ?? null, width: c.width })),
    }));
    expect(now).toEqual(before.sheets);
  });
});

describe('the seed programmes read, normalise and export as before the schema, byte for byte', () => {
  SEED_PROGRAMMES.forEach((seed, i) => {
    it(seed.id, () => {
      const was = before.programmes[seed.id]!;
      // The advisory body's ranking became rows beside the tree (issue 12); the tree reads as before.
      const { orphans, priorities, ...read } = readProgramme(seededDoc(i));
      expect(priorities.length).toBeGreaterThan(0);
      const normalized = normalizeProgramme(read);
      expect(normalizeProgramme({ ...read, priorities }).priorities).toEqual(priorities);
      // Every indicator now carries its (here empty) list of measurements (issue 13); without
      // those lists the reading is the one before the schema, byte for byte.
      const withoutMeasurements = (p: object) => JSON.stringify(p, (key, value: unknown) => (key === 'measurements' && Array.isArray(value) && value.length === 0 ? undefined : value));
      // The fixture predates orphans: the tree must still read byte for byte, and nothing is lost beside it.
      expect(orphans).toEqual([]);
      expect(withoutMeasurements(read)).toBe(atCurrentVersion(was.read));
      expect(withoutMeasurements(normalized)).toBe(atCurrentVersion(was.normalized));
      const rows = sheetRows(normalized);
      expect(rows.measurement).toEqual([]);
      const sixKinds = SHEETS.filter((s) => s.kind !== 'measurement' && s.kind !== 'priority');
      expect(JSON.stringify(sixKinds.map((s) => rows[s.kind].map((r) => s.columns.map((c) => c.value(r)))))).toBe(was.cells);
    });
  });
});
