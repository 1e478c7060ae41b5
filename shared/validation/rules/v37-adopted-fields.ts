/**
 * V37: council-owned fields (goals and goal-level indicators) of an adopted version are read-only;
 * a change needs a change request with a reason and a decision moment (perspectiefnota,
 * begroting). Versions are not in the model yet, so this is a function over an explicit input
 * { adopted, current, changeRequests }, also run by the engine when context.adopted is given.
 */
import { ENTITY_KINDS, type EntityKind } from '../../model/entities.ts';
import { fieldsOwnedBy } from '../../schema/index.ts';
import type { Programme } from '../../model/types.ts';
import type { ChangeRequest } from '../context.ts';
import { finding } from '../finding.ts';
import { normalizeProgramme } from '../normalize.ts';
import type { Finding, ProgrammeRule } from '../types.ts';
import { quote } from './helpers.ts';

/**
 * Fields the raad adopts ("Doel vastgesteld door de raad" and its indicator table): the fields
 * declared council-owned in shared/schema/. Kinds without one are absent.
 */
export const COUNCIL_OWNED: Partial<Record<EntityKind, readonly string[]>> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, fieldsOwnedBy(kind, 'council')] as const).filter(([, fields]) => fields.length > 0),
);

export interface AdoptedChangeInput {
  adopted: Programme;
  current: Programme;
  changeRequests?: readonly ChangeRequest[];
}

type Owned = { kind: 'goal' | 'goalIndicator'; id: string; fields: Record<string, unknown> };

function ownedRows(p: Programme): Map<string, Owned> {
  const out = new Map<string, Owned>();
  for (const g of p.goals) {
    out.set(g.id, { kind: 'goal', id: g.id, fields: g as unknown as Record<string, unknown> });
    for (const i of g.indicators) out.set(i.id, { kind: 'goalIndicator', id: i.id, fields: i as unknown as Record<string, unknown> });
  }
  return out;
}

function complete(cr: ChangeRequest): boolean {
  return typeof cr.reason === 'string' && cr.reason.trim() !== '' && typeof cr.decisionMoment === 'string' && cr.decisionMoment.trim() !== '';
}

export function checkAdoptedChanges(input: AdoptedChangeInput): Finding[] {
  const adopted = ownedRows(normalizeProgramme(input.adopted));
  const current = ownedRows(normalizeProgramme(input.current));
  const programmeId = typeof input.current?.id === 'string' ? input.current.id : '';
  const requests = input.changeRequests ?? [];
  const out: Finding[] = [];
  // A deletion or addition is requested with field "*"; a field change with the field's name.
  const check = (at: { kind: Owned['kind'] | 'programme'; id: string; field: string }, subject: { id: string; field: string }, what: string) => {
    const cr = requests.find((r) => r.entityId === subject.id && (r.field === subject.field || r.field === '*'));
    if (cr && complete(cr)) return;
    const message = cr
      ? `Het wijzigingsverzoek voor ${what} mist ${typeof cr.reason === 'string' && cr.reason.trim() !== '' ? 'een besluitmoment' : 'een reden'}. Vul reden en besluitmoment (perspectiefnota of begroting) aan.`
      : `${what} is door de raad vastgesteld en gewijzigd zonder wijzigingsverzoek. Maak een wijzigingsverzoek met reden en besluitmoment (perspectiefnota of begroting), of zet de vastgestelde waarde terug.`;
    out.push(finding('V37', 'error', at.kind, at.id, at.field, message));
  };
  for (const [id, before] of adopted) {
    const after = current.get(id);
    const name = quote(String(before.fields.title ?? before.fields.indicator ?? id));
    if (!after) {
      check({ kind: 'programme', id: programmeId, field: `verwijderd:${id}` }, { id, field: '*' }, `${before.kind === 'goal' ? 'Het verwijderde doel' : 'De verwijderde doelindicator'} ${name}`);
      continue;
    }
    for (const field of COUNCIL_OWNED[before.kind] ?? []) {
      const a = before.fields[field] ?? null;
      const b = after.fields[field] ?? null;
      if (a === b) continue;
      check({ kind: before.kind, id, field }, { id, field }, `Dit veld (vastgesteld: ${quote(a === null || a === '' ? '(leeg)' : String(a), 50)})`);
    }
  }
  for (const [id, after] of current) {
    if (adopted.has(id)) continue;
    const field = after.kind === 'goal' ? 'title' : 'indicator';
    check({ kind: after.kind, id, field }, { id, field: '*' }, after.kind === 'goal' ? 'Dit nieuwe doel' : 'Deze nieuwe doelindicator');
  }
  return out;
}

export const v37: ProgrammeRule = {
  id: 'V37',
  title: 'Vastgestelde velden alleen via wijzigingsverzoek',
  scope: 'programme',
  check(env) {
    const adopted = env.context.adopted;
    if (!adopted) return [];
    return checkAdoptedChanges({ adopted, current: env.programme, changeRequests: env.context.changeRequests ?? [] });
  },
};
