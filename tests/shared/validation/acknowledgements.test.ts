/** Acknowledging warnings: by stable key, invalidated when the finding changes, never for errors. */
import { describe, expect, it } from 'vitest';
import { acknowledgeFinding, readAcknowledgements, userOrigin } from '../../../shared/doc/index.ts';
import { acknowledge, applyAcknowledgements, findingFingerprint, validateProgramme } from '../../../shared/validation/index.ts';
import { GS, programme, seededDoc, tiny, withIndicator } from './fixtures.ts';
import { readProgramme } from '../../../shared/doc/index.ts';

describe('applyAcknowledgements', () => {
  const findings = validateProgramme(programme(GS));
  const v23 = findings.find((f) => f.ruleId === 'V23')!;
  const v20 = findings.find((f) => f.ruleId === 'V20')!;

  it('marks the acknowledged warning and leaves the rest alone', () => {
    const ack = acknowledge(v23, 'Gelezen als 1115 van 10996', 'alice', '2026-02-01T09:00:00Z');
    const { findings: out, stale, rejected } = applyAcknowledgements(findings, [ack]);
    expect(out.filter((f) => f.acknowledgement).map((f) => f.key)).toEqual([v23.key]);
    expect(stale).toEqual([]);
    expect(rejected).toEqual([]);
  });

  it('keeps matching the same key after unrelated edits', () => {
    const ack = acknowledge(v23, 'Gelezen als 1115 van 10996', 'alice', '2026-02-01T09:00:00Z');
    const edited = validateProgramme(withIndicator(programme(GS), 'g1-i1', { target: '46%' }));
    expect(applyAcknowledgements(edited, [ack]).findings.find((f) => f.key === v23.key)?.acknowledgement).toEqual(ack);
  });

  it('drops an acknowledgement whose finding changed (other numbers, other message)', () => {
    const ack = acknowledge(v23, 'ok', 'alice', '2026-02-01');
    const changed = validateProgramme(withIndicator(programme(GS), 'g3-i2', { baseline: '3% (ca. 2.115 van 10.996) in 2023' }));
    const result = applyAcknowledgements(changed, [ack]);
    expect(result.findings.find((f) => f.key === v23.key)?.acknowledgement).toBeUndefined();
    expect(result.stale).toEqual([ack]);
  });

  it('rejects acknowledgements of errors and ignores ones without reason', () => {
    const onError = { key: v20.key, reason: 'klopt wel', by: 'bob', at: '2026-01-01' };
    const empty = { key: v23.key, reason: '  ', by: 'bob', at: '2026-01-01' };
    const result = applyAcknowledgements(findings, [onError, empty]);
    expect(result.rejected).toEqual([onError]);
    expect(result.findings.some((f) => f.acknowledgement)).toBe(false);
  });

  it('reports acknowledgements of findings that are gone as stale', () => {
    const ack = { key: 'V8|g9-i9|baseline', reason: 'oud', by: 'x', at: '2026-01-01' };
    expect(applyAcknowledgements(validateProgramme(tiny()), [ack]).stale).toEqual([ack]);
  });

  it('works with the acknowledgements stored in the document (shared/doc notes)', () => {
    const doc = seededDoc(GS);
    const found = validateProgramme(readProgramme(doc)).find((f) => f.ruleId === 'V23')!;
    acknowledgeFinding(doc, { key: found.key, reason: 'Bevestigd: 1115 van 10996', by: 'alice', byName: 'Alice', at: '2026-02-01', fingerprint: findingFingerprint(found) }, userOrigin('alice'));
    const applied = applyAcknowledgements(validateProgramme(readProgramme(doc)), readAcknowledgements(doc));
    expect(applied.findings.find((f) => f.key === found.key)?.acknowledgement?.reason).toBe('Bevestigd: 1115 van 10996');
  });
});
