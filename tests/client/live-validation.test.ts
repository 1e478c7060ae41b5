/**
 * The browser's live validation without a browser: the incremental Validator fed by the rows each
 * transaction touched gives exactly what a full run gives, and acknowledgements stored in the
 * document are laid over the findings (with who), or reported stale when the warning changed.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acknowledgeFinding, addChangeRequest, addRow, deleteRow, readProgramme, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { findingFingerprint, validateProgramme } from '../../shared/validation/index.ts';
import { sourceValidationContext } from '../../shared/seed/source-context.ts';

/** What the server computes for a programme with no other programmes loaded. */
function expected(doc: Y.Doc) {
  const programme = readProgramme(doc);
  return validateProgramme(programme, sourceValidationContext(programme, [programme], TODAY));
}
import { LiveValidation } from '../../client/validation/live-validation.ts';
import { Store } from '../../client/programme/store.ts';
import { indexFindings } from '../../client/validation/finding-index.ts';

const anna = userOrigin('anna', 'Anna de Vries');
const TODAY = '2026-06-01';

/** A document with a programme store that is re-read after every transaction, as the session does. */
function setup() {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('gezond-samenleven')!);
  const programme = new Store<Programme | null>(readProgramme(doc));
  const live = new LiveValidation(doc, programme, () => TODAY);
  // Registered after LiveValidation's own observer, like the session's re-read.
  doc.on('afterTransaction', () => queueMicrotask(() => programme.set(readProgramme(doc))));
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { doc, live, settle };
}

describe('live validation in the browser', () => {
  it('after each edit the incremental result equals a full run of the shared engine', async () => {
    const { doc, live, settle } = setup();
    expect(live.state.get().ready).toBe(true);
    expect(live.state.get().findings).toEqual(expected(doc));

    setField(doc, 'goalIndicator', 'g1-i1', 'target', 'maximaal 10%', anna);
    await settle();
    const afterEdit = live.state.get().findings;
    expect(afterEdit.map((f) => f.key)).toContain('V13|g1-i1|target');
    expect(afterEdit).toEqual(expected(doc));

    const id = addRow(doc, 'goalIndicator', 'g1', anna, { fields: { indicator: '% inwoners met overgewicht', target: 'Daalt' } });
    deleteRow(doc, 'result', readProgramme(doc).goals[1]!.subGoals[0]!.results[0]!.id, anna);
    await settle();
    expect(live.state.get().findings.some((f) => f.entityId === id)).toBe(true);
    expect(live.state.get().findings).toEqual(expected(doc));
    live.destroy();
  });

  it('lays acknowledgements over warnings with who gave them, and drops them when the warning changes', async () => {
    const { doc, live, settle } = setup();
    const warning = live.state.get().findings.find((f) => f.key === 'V13|g1-i2|target')!;
    acknowledgeFinding(
      doc,
      { key: warning.key, reason: 'Bewuste keuze', by: 'anna', byName: 'Anna de Vries', at: '2026-06-01T09:00:00.000Z', fingerprint: findingFingerprint(warning) },
      anna,
    );
    await settle();
    const acknowledged = live.state.get().findings.find((f) => f.key === warning.key)!;
    expect(acknowledged.acknowledgement).toMatchObject({ reason: 'Bewuste keuze', byName: 'Anna de Vries' });
    expect(indexFindings(readProgramme(doc), live.state.get().findings).byCell.get('g1-i2\u0001target')?.[0]?.acknowledgement?.by).toBe('anna');

    // Another number in the target: another warning message, so the acknowledgement lapses.
    setField(doc, 'goalIndicator', 'g1-i2', 'target', 'Jongeren 77%; Volwassenen 70%; Jongvolwassenen: 66 %; Ouderen: 67%', anna);
    await settle();
    expect(live.state.get().findings.find((f) => f.key === warning.key)?.acknowledgement).toBeUndefined();
    expect(live.state.get().stale.map((a) => a.key)).toEqual([warning.key]);
    live.destroy();
  });

  it('places findings on the cell that shows them and counts them per goal', () => {
    const { doc, live } = setup();
    const index = indexFindings(readProgramme(doc), live.state.get().findings);
    const v13 = index.all.find((f) => f.key === 'V13|g1-i2|target')!;
    expect(v13.place).toMatchObject({ target: { rowId: 'g1-i2', colId: 'target' }, goalId: 'g1', label: 'indicator 2 · Streefwaarde' });
    const perGoal = [...index.byGoal.values()].reduce((n, c) => n + c.error + c.warning + c.info + c.acknowledged, 0);
    expect(perGoal).toBe(index.all.filter((f) => f.place.goalId).length);
    // Indicators on a result are marked on the result's "Indicator op resultaat" cell.
    const onResultIndicator = index.all.find((f) => f.entityKind === 'resultIndicator');
    if (onResultIndicator) expect(onResultIndicator.place.target?.colId).toBe('indicatorsText');
    live.destroy();
  });
});

describe('V37 while typing', () => {
  it('a council-owned field changed after adoption is an error until a change request answers it', async () => {
    const { doc, live, settle } = setup();
    const adopted = { versionId: 'v-raad', programme: readProgramme(doc) };
    live.setAdopted(adopted);
    expect(live.state.get().findings.filter((f) => f.ruleId === 'V37')).toEqual([]);

    setField(doc, 'goal', 'g1', 'title', 'Een andere titel dan de raad vaststelde', anna);
    await settle();
    expect(live.state.get().findings.filter((f) => f.ruleId === 'V37').map((f) => f.key)).toEqual(['V37|g1|title']);

    // A request against another (older) adoption does not answer it; one against this one does.
    const request = { targetKind: 'goal' as const, targetId: 'g1', field: 'title', oldValue: '', newValue: '', reason: 'Aangescherpt', decisionMoment: 'perspectiefnota', authorId: 'anna', authorName: 'Anna', at: '2026-06-01T10:00:00Z' };
    addChangeRequest(doc, { ...request, versionId: 'v-ouder' }, anna);
    await settle();
    expect(live.state.get().findings.some((f) => f.ruleId === 'V37')).toBe(true);
    addChangeRequest(doc, { ...request, versionId: 'v-raad' }, anna);
    await settle();
    expect(live.state.get().findings.some((f) => f.ruleId === 'V37')).toBe(false);

    live.setAdopted(null);
    expect(live.state.get().findings.some((f) => f.ruleId === 'V37')).toBe(false);
  });
});
