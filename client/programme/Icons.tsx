/** Small shape icons that carry meaning beside colour (WCAG 1.4.1); always aria-hidden, text goes beside them. */

function Svg({ className, size = 14, children }: { className: string; size?: number; children: React.ReactNode }) {
  return (
    <svg className={`icon ${className}`} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A padlock: vastgesteld door de raad. */
export function LockIcon({ size }: { size?: number }) {
  return (
    <Svg className="lock-icon" size={size}>
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </Svg>
  );
}

/** A speech bubble: an open comment thread. */
export function CommentIcon({ size }: { size?: number }) {
  return (
    <Svg className="comment-icon" size={size}>
      <path d="M2 2.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" fill="currentColor" />
    </Svg>
  );
}

/** Two crossing arrows: a colleague's value replaced yours. */
export function ClashIcon({ size }: { size?: number }) {
  return (
    <Svg className="clash-icon" size={size}>
      <path d="M1.5 4.5h9m0 0L8 2m2.5 2.5L8 7M14.5 11.5h-9m0 0L8 9m-2.5 2.5L8 14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </Svg>
  );
}

/** A plus in a square: new since the compared version. */
export function AddedIcon({ size }: { size?: number }) {
  return (
    <Svg className="added-icon" size={size}>
      <rect x="1" y="1" width="14" height="14" rx="2" fill="currentColor" />
      <path d="M8 4.5v7M4.5 8h7" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </Svg>
  );
}

/** A triangle (delta): changed since the compared version. */
export function ChangedIcon({ size }: { size?: number }) {
  return (
    <Svg className="changed-icon" size={size}>
      <path d="M8 1.5l6.5 12.5h-13z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </Svg>
  );
}

/** A minus in a square outline: removed since the compared version. */
export function RemovedIcon({ size }: { size?: number }) {
  return (
    <Svg className="removed-icon" size={size}>
      <rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M4.5 8h7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </Svg>
  );
}
