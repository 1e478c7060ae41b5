import { clockInWords, formatClock, remainingSeconds } from './timer.ts';
import { useNow } from './use-now.ts';

/** The running timer in large type; nothing when no timer runs. Spoken only by the control screen. */
export function AudienceClock({ endsAt }: { endsAt: number | null }) {
  const now = useNow(endsAt !== null);
  const remaining = remainingSeconds(endsAt, now);
  if (remaining === null) return null;
  return (
    <p className={`ws-audience-clock${remaining === 0 ? ' ws-clock-done' : ''}`} role="timer" aria-label={`Nog ${clockInWords(remaining)}`}>
      {remaining === 0 ? 'Tijd is om' : formatClock(remaining)}
    </p>
  );
}
