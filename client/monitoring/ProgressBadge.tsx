/**
 * The progress status of an indicator as a badge: a word and a shape (never colour alone: the
 * badge reads in black and white), with a tooltip on hover and keyboard focus that says why,
 * and how the rule works.
 */
import { useId } from 'react';
import type { PlacedProgress } from '../../shared/monitoring/index.ts';
import { capitalize } from '../../shared/text/dutch.ts';
import { measurement } from '../../shared/schema/index.ts';

type Status = PlacedProgress['status'];

const WORDS = measurement.fields.assessment.labels as Readonly<Record<Status, string>>;
/** Shapes that differ without colour: a check, a warning sign, a down arrow, a question mark. */
const SHAPES: Readonly<Record<Status, string>> = { 'on-track': '✓', 'at-risk': '!', behind: '↓', unknown: '?' };

export const RULE_SUMMARY =
  'Rekenregel: een rechte lijn van de nulmeting naar de streefwaarde in het doeljaar. Op koers binnen 10% van de geplande verandering (of 2% van de nulmeting), risico tot 25% (of 5%), daarbuiten achter. Een eigen oordeel met toelichting gaat voor.';

function statusWord(status: Status): string {
  return capitalize(WORDS[status]);
}

/** A status as its shape and word, without the badge: for table headers and counts. */
export function StatusWord({ status }: { status: Status }) {
  return (
    <span className={`progress-word progress-word-${status}`}>
      <span aria-hidden="true" className="progress-shape">
        {SHAPES[status]}
      </span>{' '}
      {statusWord(status)}
    </span>
  );
}

export function ProgressBadge({ progress, withTooltip = true }: { progress: PlacedProgress; withTooltip?: boolean }) {
  const tipId = useId();
  const word = statusWord(progress.status);
  const override = progress.overriddenBy !== null;
  return (
    <span className="progress-badge-wrap">
      <span
        className={`progress-badge progress-${progress.status}`}
        data-status={progress.status}
        tabIndex={withTooltip ? 0 : undefined}
        aria-describedby={withTooltip ? tipId : undefined}
      >
        <span aria-hidden="true" className="progress-shape">
          {SHAPES[progress.status]}
        </span>
        {word}
        {override && <span className="progress-override"> (oordeel)</span>}
      </span>
      {withTooltip && (
        <span role="tooltip" id={tipId} className="progress-tooltip">
          <span className="progress-tooltip-line">{progress.explanation}</span>
          {override && <span className="progress-tooltip-line">Volgens de rekenregel: {progress.ruleExplanation}</span>}
          <span className="progress-tooltip-line muted">{RULE_SUMMARY}</span>
        </span>
      )}
    </span>
  );
}
