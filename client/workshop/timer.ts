/**
 * The presenter's countdown. Screen readers hear it only when the minute changes and at zero:
 * a live region that changes every second would drown everything else out.
 */

export function remainingSeconds(endsAt: number | null, now: number): number | null {
  if (endsAt === null) return null;
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Which minute the countdown is in; ticks may skip a second, so announcements follow this. */
export function minuteMark(seconds: number): number {
  return seconds <= 0 ? 0 : Math.ceil(seconds / 60);
}

export function minuteAnnouncement(mark: number): string {
  if (mark <= 0) return 'De tijd is om.';
  return mark === 1 ? 'Nog 1 minuut.' : `Nog ${mark} minuten.`;
}

/** Spoken form of mm:ss for the timer's accessible name. */
export function clockInWords(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(m === 1 ? '1 minuut' : `${m} minuten`);
  if (s > 0 || m === 0) parts.push(s === 1 ? '1 seconde' : `${s} seconden`);
  return parts.join(' en ');
}

export const TIMER_CHOICES_MINUTES = [3, 5, 10] as const;
