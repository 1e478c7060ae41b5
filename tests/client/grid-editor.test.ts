/**
 * The grid's editing habits without a browser: where the caret goes for each way of opening a
 * cell, how a place under the pointer in the rendered text maps back to the stored value (lists,
 * collapsed spaces), the editor's accessible name, and the read-only notice told once per reason.
 */
import { describe, expect, it } from 'vitest';
import { alignOffset } from '../../client/grid/caret.ts';
import { editorLabel, startState } from '../../client/grid/text-editor.ts';
import { readOnlyMessage, readOnlyPasteMessage, startsEditing, tellOnce } from '../../client/grid/read-only-notice.ts';

const atClick = (n: number) => () => n;

describe('startState', () => {
  it('Enter and F2 keep the text and put the caret at the end, nothing selected', () => {
    expect(startState('Aantal huishoudens', 'Enter', atClick(3))).toEqual({ text: 'Aantal huishoudens', caret: 18 });
    expect(startState('Aantal huishoudens', 'F2', atClick(3))).toEqual({ text: 'Aantal huishoudens', caret: 18 });
  });

  it('a typed character replaces the text, as in Excel', () => {
    expect(startState('Aantal huishoudens', 'x', atClick(3))).toEqual({ text: 'x', caret: 1 });
    expect(startState('', ' ', atClick(0))).toEqual({ text: ' ', caret: 1 });
  });

  it('Backspace and Delete start from an empty text', () => {
    expect(startState('CBS', 'Backspace', atClick(1))).toEqual({ text: '', caret: 0 });
    expect(startState('CBS', 'Delete', atClick(1))).toEqual({ text: '', caret: 0 });
  });

  it('without a key (a double click) the caret goes where the pointer was, within the text', () => {
    expect(startState('Aantal huishoudens', null, atClick(7))).toEqual({ text: 'Aantal huishoudens', caret: 7 });
    expect(startState('CBS', undefined, atClick(99))).toEqual({ text: 'CBS', caret: 3 });
    expect(startState(null, null, atClick(5))).toEqual({ text: '', caret: 0 });
    expect(startState(2028, 'Enter', atClick(0))).toEqual({ text: '2028', caret: 4 });
  });
});

describe('alignOffset', () => {
  it('is the plain offset when the cell shows the value as it is', () => {
    expect(alignOffset('Aantal huishoudens met schulden', 'Aantal huis')).toBe(11);
    expect(alignOffset('abc', '')).toBe(0);
    expect(alignOffset('abc', 'abc')).toBe(3);
  });

  it('skips the line breaks and indents a list rendering leaves out', () => {
    // Rendered as <li>Eerste</li><li>Tweede regel</li>: the text before the pointer has no break.
    const value = 'Eerste\nTweede regel\n  vervolg';
    expect(alignOffset(value, 'EersteTwee')).toBe('Eerste\nTwee'.length);
    expect(alignOffset(value, 'EersteTweede regel\nver')).toBe('Eerste\nTweede regel\n  ver'.length);
  });

  it('lets one rendered space stand for several stored ones, and never passes the end', () => {
    expect(alignOffset('twee  spaties', 'twee s')).toBe('twee  s'.length);
    expect(alignOffset('kort', 'kort en langer')).toBe(4);
  });
});

describe('editorLabel', () => {
  it('names the column, the table and the row', () => {
    expect(editorLabel('Monitoring/bron', 'Indicatoren bij doel 1', 0)).toBe('Monitoring/bron bewerken, Indicatoren bij doel 1, rij 1');
    expect(editorLabel(undefined, undefined, null)).toBe('Cel bewerken');
  });
});

describe('read-only notice', () => {
  it('says why for each reason, in Dutch', () => {
    expect(readOnlyMessage('version', true)).toMatch(/vastgelegde versie.*huidige versie/);
    expect(readOnlyMessage('archived', true)).toMatch(/gearchiveerd/);
    expect(readOnlyMessage('role', true)).toMatch(/alleen lezen.*opmerking plaatsen kan wel/);
    expect(readOnlyMessage('role', false)).not.toMatch(/opmerking/);
    expect(readOnlyPasteMessage('archived')).toMatch(/gearchiveerd/);
    expect(readOnlyPasteMessage('version')).toMatch(/Plakken kan in de huidige versie/);
  });

  it('is told once per page and reason', () => {
    const page = {};
    const told: string[] = [];
    const notify = (m: string) => told.push(m);
    expect(tellOnce(page, 'role', notify, false)).toBe(true);
    expect(tellOnce(page, 'role', notify, false)).toBe(false);
    expect(tellOnce(page, 'version', notify, false)).toBe(true);
    expect(tellOnce({}, 'role', notify, false)).toBe(true);
    expect(told).toHaveLength(3);
  });

  it('answers the keys that would start an edit, not shortcuts or arrows', () => {
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    for (const k of ['a', '1', ' ', 'Enter', 'F2', 'Backspace', 'Delete']) expect(startsEditing(key(k)), k).toBe(true);
    for (const k of ['ArrowDown', 'Tab', 'Escape', 'Shift']) expect(startsEditing(key(k)), k).toBe(false);
    expect(startsEditing(key('c', { ctrlKey: true }))).toBe(false);
    expect(startsEditing(key('z', { metaKey: true }))).toBe(false);
  });
});
