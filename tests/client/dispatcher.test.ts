/**
 * The dispatcher's steps on a real document: rights, the action's own check, the council lock
 * with its pass, the value check, one transaction (one update, one undo step) and where the
 * keyboard goes after undo and redo.
 */
import { describe, expect, it } from 'vitest';
import { readChangeRequests, readField, readProgramme } from '../../shared/doc/index.ts';
import type { Action } from '../../client/actions/action.ts';
import { editCell, writeFields } from '../../client/actions/cell-actions.ts';
import { addTableRow, moveTableRowDown } from '../../client/actions/row-actions.ts';
import { addSubGoal, heading } from '../../client/actions/section-changes.ts';
import { historyCommandFor, rowCommandFor, SHORTCUTS, TABLE_ROW_ACTIONS } from '../../client/actions/registry.ts';
import { LOCKED_MESSAGE } from '../../client/council/council-write.ts';
import { dispatchFixture } from './dispatch-fixture.ts';

const indicatorEdit = (value: string) =>
  ({ kind: 'fields', rowKind: 'goalIndicator', rowId: 'g1-i1', values: { indicator: value } }) as const;

describe('the dispatcher', () => {
  it('refuses an edit without the edit right, says why in Dutch and writes nothing', () => {
    const { dispatcher, notices, updates } = dispatchFixture({ rights: ['read', 'comment'] });
    const outcome = dispatcher.run(editCell, indicatorEdit('Nieuw'));
    expect(outcome).toEqual({ ok: false, reason: 'Je kunt dit programma alleen lezen: wijzigen kan niet met jouw rol.' });
    expect(notices).toEqual([outcome.ok ? '' : outcome.reason]);
    expect(updates()).toBe(0);
  });

  it("refuses when the action's own check says no, with its reason", () => {
    const { dispatcher, updates } = dispatchFixture();
    let performed = false;
    const never: Action<void> = {
      id: 'test.never',
      label: 'Nooit',
      enabled: () => 'Dit kan nu niet.',
      perform: () => {
        performed = true;
        return { result: undefined };
      },
    };
    expect(dispatcher.run(never, undefined)).toEqual({ ok: false, reason: 'Dit kan nu niet.' });
    expect(dispatcher.enabled(never, undefined)).toBe('Dit kan nu niet.');
    expect(performed).toBe(false);
    expect(updates()).toBe(0);
  });

  it('refuses a value that does not fit its field with a Dutch message, before anything is written', () => {
    const { dispatcher, doc, updates } = dispatchFixture();
    const outcome = dispatcher.run(writeFields, { kind: 'goalIndicator', rowId: 'g1-i1', values: { indicator: 'Goed', targetYear: 20.5 } });
    expect(outcome).toEqual({ ok: false, reason: 'Niet opgeslagen: Verwacht een geheel getal.' });
    expect(readField(doc, 'goalIndicator', 'g1-i1', 'indicator')).not.toBe('Goed');
    expect(updates()).toBe(0);
  });

  it('writes an edit as one update and one undo step; undo takes it back', () => {
    const { dispatcher, doc, undoManager, updates } = dispatchFixture();
    const before = readField(doc, 'goalIndicator', 'g1-i1', 'indicator');
    expect(dispatcher.run(editCell, indicatorEdit('Nieuw'))).toEqual({ ok: true, result: undefined });
    expect(readField(doc, 'goalIndicator', 'g1-i1', 'indicator')).toBe('Nieuw');
    expect(updates()).toBe(1);
    expect(undoManager.undoStack).toHaveLength(1);
    undoManager.undo();
    expect(readField(doc, 'goalIndicator', 'g1-i1', 'indicator')).toBe(before);
  });

  it('after adoption, a council-owned cell needs the pass given when its edit started', async () => {
    const { dispatcher, council, doc, notices, updates } = dispatchFixture({ adopted: true });
    const refused = dispatcher.run(editCell, indicatorEdit('Nieuw'));
    expect(refused.ok).toBe(false);
    expect(notices[0]).toContain(LOCKED_MESSAGE);
    expect(notices[0]).toContain('Je tekst was: "Nieuw"');
    expect(updates()).toBe(0);

    const asked = council.ask('goalIndicator', 'g1-i1', 'Doel 1 · indicator 1 · Indicator');
    council.request.get()!.resolve({ reason: 'Nieuwe bron', decisionMoment: 'begroting' });
    expect(await asked).toBe(true);
    expect(dispatcher.run(editCell, indicatorEdit('Nieuw')).ok).toBe(true);
    expect(updates()).toBe(1);
    expect(readField(doc, 'goalIndicator', 'g1-i1', 'indicator')).toBe('Nieuw');
    expect(readChangeRequests(doc)).toMatchObject([{ targetId: 'g1-i1', field: 'indicator', newValue: 'Nieuw', reason: 'Nieuwe bron', versionId: 'v-raad' }]);
  });

  it('asks for a pass before a council-owned row is added, writes row and change request as one step, and ends the pass', async () => {
    const { dispatcher, council, doc, undoManager } = dispatchFixture({ adopted: true });
    const args = { kind: 'goalIndicator' as const, parentId: 'g1', afterId: 'g1-i1', table: 'Indicatoren bij doel 1' };

    const cancelled = dispatcher.request(addTableRow, args);
    expect(council.request.get()?.place).toBe('Indicatoren bij doel 1: nieuwe rij');
    council.request.get()!.resolve(null);
    expect((await cancelled).ok).toBe(false);
    expect(readProgramme(doc).goals[0]!.indicators).toHaveLength(2);

    const added = dispatcher.request(addTableRow, args);
    council.request.get()!.resolve({ reason: 'Extra indicator', decisionMoment: 'begroting' });
    const outcome = await added;
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(readProgramme(doc).goals[0]!.indicators.map((i) => i.id)).toEqual(['g1-i1', outcome.result, 'g1-i2']);
    expect(readChangeRequests(doc)).toMatchObject([{ targetId: outcome.result, field: '*' }]);
    expect(undoManager.undoStack).toHaveLength(1);
    expect(council.writeContext({ id: 'anna', name: 'Anna' }).pass).toBeNull();
  });

  it('brings the keyboard back to the cell the user was on when the change was made', () => {
    const { dispatcher, undoFocus, standOn } = dispatchFixture();
    standOn({ rowId: 'g1-i1', colId: 'indicator' });
    dispatcher.run(editCell, indicatorEdit('Nieuw'));
    standOn({ rowId: 'g1-s1-r1', colId: 'text' });
    expect(undoFocus.undo()).toEqual({ rowId: 'g1-i1', colId: 'indicator' });
    expect(undoFocus.redo()).toEqual({ rowId: 'g1-i1', colId: 'indicator' });
  });

  it("brings the keyboard back to the section's heading after undoing a section button's change", () => {
    const { dispatcher, undoFocus, standOn, doc } = dispatchFixture();
    standOn({ rowId: 'g1-i1', colId: 'indicator' });
    const before = readProgramme(doc).goals[0]!.subGoals.length;
    expect(dispatcher.run(addSubGoal, { goalId: 'g1', place: 'Doel 1: nieuwe uitwerking' }).ok).toBe(true);
    expect(undoFocus.undo()).toEqual(heading('g1'));
    expect(readProgramme(doc).goals[0]!.subGoals).toHaveLength(before);
  });

  it('moves a table row as one step; at the edge nothing is written', () => {
    const { dispatcher, doc, updates } = dispatchFixture();
    expect(dispatcher.run(moveTableRowDown, { kind: 'goalIndicator', rowId: 'g1-i1' })).toEqual({ ok: true, result: true });
    expect(readProgramme(doc).goals[0]!.indicators.map((i) => i.id)).toEqual(['g1-i2', 'g1-i1']);
    expect(dispatcher.run(moveTableRowDown, { kind: 'goalIndicator', rowId: 'g1-i1' })).toEqual({ ok: true, result: false });
    expect(updates()).toBe(1);
  });
});

describe('the one list of keys', () => {
  const press = (key: string, mods: { alt?: boolean; ctrl?: boolean; shift?: boolean; code?: string } = {}) => ({
    key,
    code: mods.code ?? '',
    altKey: !!mods.alt,
    ctrlKey: !!mods.ctrl,
    metaKey: false,
    shiftKey: !!mods.shift,
  });

  it('finds row commands and undo/redo from the actions their keys belong to', () => {
    expect(rowCommandFor(press('n', { alt: true, code: 'KeyN' }))).toBe('add');
    expect(rowCommandFor(press('Insert', { alt: true }))).toBe('add');
    expect(rowCommandFor(press('Backspace', { alt: true }))).toBe('delete');
    expect(rowCommandFor(press('ArrowUp', { alt: true }))).toBe('up');
    expect(rowCommandFor(press('ArrowDown', { alt: true, ctrl: true }))).toBeNull();
    expect(rowCommandFor(press('ArrowDown'))).toBeNull();
    expect(historyCommandFor(press('z', { ctrl: true }))).toBe('undo');
    expect(historyCommandFor(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(historyCommandFor(press('y', { ctrl: true }))).toBe('redo');
    expect(historyCommandFor(press('y', { ctrl: true, shift: true }))).toBeNull();
  });

  it('writes the help from the same shortcuts', () => {
    const keys = SHORTCUTS.map((s) => s.keys);
    expect(keys).toContain('Alt+N (of Alt+Insert)');
    expect(keys).toContain('Alt+Delete (of Alt+Backspace)');
    expect(keys).toContain('Alt+↑ / Alt+↓');
    expect(keys).toContain('Ctrl+Y of Ctrl+Shift+Z');
    expect(SHORTCUTS.find((s) => s.keys === 'Alt+N (of Alt+Insert)')?.action).toBe(TABLE_ROW_ACTIONS.add.help);
  });
});
