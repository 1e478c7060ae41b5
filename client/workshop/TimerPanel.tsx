import { TIMER_CHOICES_MINUTES, clockInWords, formatClock, minuteAnnouncement, minuteMark, remainingSeconds } from './timer.ts';
import { useNow } from './use-now.ts';

/** The facilitator's timer: start 3, 5 or 10 minutes, a large mm:ss, spoken per minute. */
export function TimerPanel({ endsAt, onStart, onStop }: { endsAt: number | null; onStart(seconds: number): void; onStop(): void }) {
  const now = useNow(endsAt !== null);
  const remaining = remainingSeconds(endsAt, now);
  const mark = remaining === null ? null : minuteMark(remaining);
  // Changes once a minute, so the live region speaks once a minute, not on every tick.
  const announcement = mark === null ? '' : minuteAnnouncement(mark);

  return (
    <section className="ws-timer" aria-labelledby="timer-kop">
      <h2 id="timer-kop">Timer</h2>
      {remaining !== null ? (
        <p className={`ws-clock${remaining === 0 ? ' ws-clock-done' : ''}`} role="timer" aria-label={`Nog ${clockInWords(remaining)}`}>
          {formatClock(remaining)}
          {remaining === 0 && <span className="ws-clock-note"> Tijd is om</span>}
        </p>
      ) : (
        <p className="ws-hint">Geen timer.</p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className="ws-buttons">
        {TIMER_CHOICES_MINUTES.map((minutes) => (
          <button key={minutes} type="button" className="ws-button" onClick={() => onStart(minutes * 60)}>
            {minutes} minuten
          </button>
        ))}
        {endsAt !== null && (
          <button type="button" className="ws-button" onClick={onStop}>
            Timer stoppen
          </button>
        )}
      </div>
    </section>
  );
}
