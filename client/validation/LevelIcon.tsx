import type { Level } from './wording.ts';

/**
 * A shape per level, so a finding is told apart without colour: a circle with a cross for a
 * fout, a triangle with an exclamation mark for a waarschuwing, a tick for an acknowledged one.
 */
export function LevelIcon({ level, size = 14 }: { level: Level; size?: number }) {
  return (
    <svg className={`icon level-icon level-${level}`} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      {level === 'error' && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
      {level === 'warning' && (
        <>
          <path d="M8 0.8l7.6 14H0.4z" fill="currentColor" />
          <path d="M8 5.5v4.6" stroke="#1b1f24" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.4" r="1.1" fill="#1b1f24" />
        </>
      )}
      {level === 'acknowledged' && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M4.5 8.3l2.4 2.4 4.6-5" stroke="#fff" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {level === 'info' && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M8 7v4.8" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="4.6" r="1.1" fill="#fff" />
        </>
      )}
    </svg>
  );
}
