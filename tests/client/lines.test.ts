import { describe, expect, it } from 'vitest';
import { itemsToText, planLines, textToItems, type LineItem } from '../../client/programme/lines.ts';

function apply(old: LineItem[], next: string[]): { ids: (string | null)[]; texts: string[] } {
  const plan = planLines(old, next);
  const texts: string[] = [];
  const ids: (string | null)[] = [];
  for (const entry of plan.entries) {
    if (entry.kind === 'keep') {
      ids.push(entry.id);
      texts.push(old.find((o) => o.id === entry.id)!.text);
    } else if (entry.kind === 'update') {
      ids.push(entry.id);
      texts.push(entry.text);
    } else {
      ids.push(null);
      texts.push(entry.text);
    }
  }
  const used = new Set([...ids.filter((x): x is string => x !== null), ...plan.deletes]);
  expect(used.size).toBe(old.length);
  return { ids, texts };
}

const items = (...texts: string[]): LineItem[] => texts.map((text, i) => ({ id: `i${i + 1}`, text }));

describe('indicator lines', () => {
  it('keeps the ids of untouched lines when a line is inserted in the middle', () => {
    const result = apply(items('a', 'b', 'c'), ['a', 'nieuw', 'b', 'c']);
    expect(result.texts).toEqual(['a', 'nieuw', 'b', 'c']);
    expect(result.ids).toEqual(['i1', null, 'i2', 'i3']);
  });

  it('rewrites a changed line in place and deletes removed lines', () => {
    const result = apply(items('a', 'b', 'c'), ['a', 'B!']);
    expect(result.texts).toEqual(['a', 'B!']);
    expect(result.ids).toEqual(['i1', 'i2']);
    expect(planLines(items('a', 'b', 'c'), ['a', 'B!']).deletes).toEqual(['i3']);
  });

  it('produces the requested list for random edits', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      const old = items(...Array.from({ length: rnd(6) }, () => 'abcde'[rnd(5)]!));
      const next = Array.from({ length: rnd(6) }, () => 'abcdef'[rnd(6)]!);
      expect(apply(old, next).texts).toEqual(next);
    }
  });

  it('round-trips multi-line indicators through the text form', () => {
    const list = [{ text: 'Aantal deelnemers' }, { text: 'Lijst:\n- scholen\n- ouders' }];
    expect(textToItems(itemsToText(list))).toEqual(list.map((l) => l.text));
    expect(textToItems('\n\n  \n')).toEqual([]);
  });
});
