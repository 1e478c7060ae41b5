/**
 * The list a werkatelier is compared with (`?with=`): the advisory body's ranking as the
 * programme holds it now (`asd`, the name scripts already use), or the frozen
 * ranking of another closed werkatelier of the same programme. Another programme's
 * werkatelier is answered as unknown: whoever reads this programme may not read that one.
 */
import { readProgramme } from '../../shared/doc/index.ts';
import { advisoryList, outcomeList, type RankedEntry } from '../../shared/workshop/compare.ts';
import { MAX_ID_LENGTH } from '../../shared/workshop/parse.ts';
import type { WorkshopContext } from './context.ts';
import { COMPARE_WITH_ITSELF, COMPARE_WORKSHOP_OPEN, UNKNOWN_COMPARE_WORKSHOP, UNKNOWN_COMPARISON } from './messages.ts';
import type { WorkshopRecord } from './workshop-store.ts';

export type OtherList = { ok: true; list: RankedEntry[] } | { ok: false; status: 400 | 404 | 409; error: string };

export function compareList(ctx: Pick<WorkshopContext, 'workshops' | 'registry'>, record: WorkshopRecord, withParam: string | undefined): OtherList {
  if (withParam === 'asd') return { ok: true, list: advisoryList(ctx.registry.readDocument(record.programmeId, readProgramme)?.priorities ?? []) };
  if (!withParam || withParam.length > MAX_ID_LENGTH) return { ok: false, status: 400, error: UNKNOWN_COMPARISON };
  if (withParam === record.id) return { ok: false, status: 400, error: COMPARE_WITH_ITSELF };
  const other = ctx.workshops.get(withParam);
  if (!other || other.programmeId !== record.programmeId) return { ok: false, status: 404, error: UNKNOWN_COMPARE_WORKSHOP };
  const outcome = ctx.workshops.outcome(other.id);
  if (!outcome) return { ok: false, status: 409, error: COMPARE_WORKSHOP_OPEN };
  return { ok: true, list: outcomeList(outcome) };
}
