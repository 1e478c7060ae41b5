/**
 * The left rail: goals and their uitwerkingen, click to jump, with open findings per goal. It folds
 * away to a narrow strip with one button, so the tables get the width; the choice is kept per
 * user (panel-memory.ts).
 */
import type { Programme } from '../../shared/model/types.ts';
import { goalHeadingId, subGoalHeadingId } from './GoalSection.tsx';
import type { FindingIndex } from '../validation/finding-index.ts';
import { LevelIcon } from '../validation/LevelIcon.tsx';
import { plural } from '../../shared/text/dutch.ts';
import { ORPHANS_GROUP, ORPHANS_SECTION_ID } from './orphans/orphan-place.ts';
import { useRailOpen } from './panel-memory.ts';

const RAIL_ID = 'doelenlijst';

export function Rail({ programme, findings }: { programme: Programme; findings: FindingIndex }) {
  const jump = (headingId: string) => {
    const el = document.getElementById(headingId);
    if (!el) return;
    el.setAttribute('tabindex', '-1');
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  };
  const { open, setOpen } = useRailOpen();
  if (!open) {
    return (
      <div className="rail rail-folded">
        <button type="button" className="rail-toggle" aria-expanded={false} onClick={() => setOpen(true)} title="Doelen tonen">
          <span aria-hidden="true">»</span>
          <span className="sr-only">Doelen tonen</span>
        </button>
      </div>
    );
  }
  return (
    <nav id={RAIL_ID} className="rail" aria-label="Doelen en uitwerkingen">
      <button type="button" className="rail-toggle" aria-expanded={true} aria-controls={RAIL_ID} onClick={() => setOpen(false)}>
        <span aria-hidden="true">«</span> Doelen verbergen
      </button>
      <ol>
        {programme.goals.map((goal) => (
          <li key={goal.id}>
            <button type="button" className="rail-goal" onClick={() => jump(goalHeadingId(goal.id))}>
              <span className="rail-text">
                <span className="rail-code">Doel {goal.code}</span> {goal.title}
              </span>
              <GoalCounts counts={findings.byGoal.get(goal.id)} />
            </button>
            {goal.subGoals.length > 0 && (
              <ol>
                {goal.subGoals.map((sub, i) => (
                  <li key={sub.id}>
                    <button type="button" className="rail-sub" onClick={() => jump(subGoalHeadingId(sub.id))}>
                      <span className="rail-text">
                        <span className="rail-count">{i + 1}.</span> {sub.title || 'Uitwerking zonder titel'}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="rail-goal" onClick={() => jump('kop-prioriteiten')}>
        <span className="rail-text">
          <span className="rail-priorities-label">Prioriteiten</span> {plural(programme.priorities?.length ?? 0, 'plaats', 'plaatsen')}
        </span>
      </button>
      {(programme.orphans?.length ?? 0) > 0 && (
        <button type="button" className="rail-goal rail-orphans" onClick={() => jump(`kop-${ORPHANS_SECTION_ID}`)}>
          <span className="rail-text">
            <span className="rail-orphans-label">{ORPHANS_GROUP}</span> {plural(programme.orphans!.length, 'rij', 'rijen')}
          </span>
        </button>
      )}
    </nav>
  );
}

/** Open fouten and waarschuwingen of one goal, as icons with numbers (and words for screen readers). */
function GoalCounts({ counts }: { counts: FindingIndex['counts'] | undefined }) {
  if (!counts || (counts.error === 0 && counts.warning === 0)) return null;
  return (
    <span className="rail-findings">
      {counts.error > 0 && (
        <span className="rail-finding error">
          <LevelIcon level="error" /> {counts.error}
        </span>
      )}
      {counts.warning > 0 && (
        <span className="rail-finding warning">
          <LevelIcon level="warning" /> {counts.warning}
        </span>
      )}
      <span className="sr-only">
        {' '}
        ({[counts.error > 0 ? plural(counts.error, 'fout', 'fouten') : null, counts.warning > 0 ? plural(counts.warning, 'waarschuwing', 'waarschuwingen') : null]
          .filter(Boolean)
          .join(', ')}
        )
      </span>
    </span>
  );
}
