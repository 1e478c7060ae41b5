/** Programme settings: the checks on input, the id slug, and defaults for documents that never had settings. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { EditOrigin, readSettings, seedProgramme, writeSettings } from '../../shared/doc/index.ts';
import { checkNewProgramme, checkSettingsPatch, programmeSlug } from '../../shared/programmes/settings.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';

const ORIGIN = new EditOrigin('server', 'test');

describe('programme settings', () => {
  it('read the seeded Dronten period as defaults, with no migration', () => {
    const doc = new Y.Doc();
    seedProgramme(doc, SEED_PROGRAMMES[0]!);
    expect(readSettings(doc)).toMatchObject({
      municipality: 'Dronten',
      periodStart: 2025,
      periodEnd: 2028,
      baselineHeader: 'Nulmeting 2025',
      targetHeader: 'Streefwaarde 2028',
    });
  });

  it('write municipality and period to the programme fields that validation and export read', () => {
    const doc = new Y.Doc();
    seedProgramme(doc, SEED_PROGRAMMES[0]!);
    const next = checkSettingsPatch(readSettings(doc), { municipality: 'Harderwijk', periodStart: '2026', periodEnd: 2029 });
    expect(next.ok).toBe(true);
    if (next.ok) writeSettings(doc, next.value, ORIGIN);
    expect(doc.getMap('meta').get('period')).toBe('2026-2029');
    expect(readSettings(doc)).toMatchObject({ municipality: 'Harderwijk', periodStart: 2026, periodEnd: 2029 });
  });

  it.each([
    [{ name: 'x', municipality: 'Lelystad', periodStart: 2025, periodEnd: 2025 }, null],
    [{ name: 'x', municipality: 'Lelystad', periodStart: 2025, periodEnd: 2035 }, null],
    [{ name: 'x', municipality: 'Lelystad', periodStart: 2025, periodEnd: 2036 }, 'periodEnd'],
    [{ name: 'x', municipality: 'Lelystad', periodStart: '25', periodEnd: 2028 }, 'periodStart'],
    [{ name: 'x', municipality: 'Lelystad', periodStart: 2025.5, periodEnd: 2028 }, 'periodStart'],
    [{ name: 'x', municipality: 42, periodStart: 2025, periodEnd: 2028 }, 'municipality'],
    [[], 'name'],
  ])('checks a new programme %j', (body, field) => {
    const checked = checkNewProgramme(body);
    expect(checked.ok ? null : checked.field).toBe(field);
  });

  it('makes a unique ascii slug, never a werkatelier id', () => {
    const taken = new Set(['gezond-samenleven']);
    expect(programmeSlug('Gezond Samenleven', (id) => taken.has(id))).toBe('gezond-samenleven-2');
    expect(programmeSlug('Één Ziel & Zaligheid!', () => false)).toBe('een-ziel-zaligheid');
    expect(programmeSlug('Werkatelier 3', () => false)).toBe('programma-werkatelier-3');
    expect(programmeSlug('!!!', () => false)).toBe('programma');
  });
});
