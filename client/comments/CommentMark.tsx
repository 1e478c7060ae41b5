import { CommentIcon } from '../programme/Icons.tsx';
import type { Thread } from './comment-index.ts';

/** A speech bubble with the number of open threads, and the same in words for screen readers. */
export function CommentMark({ threads }: { threads: readonly Thread[] }) {
  if (threads.length === 0) return null;
  const n = threads.length;
  const words = `${n} open ${n === 1 ? 'opmerking' : 'opmerkingen'}`;
  return (
    <span className="comment-mark" title={`${words} (zie het paneel Opmerkingen)`}>
      <CommentIcon />
      <span aria-hidden="true">{n}</span>
      <span className="sr-only">({words})</span>
    </span>
  );
}
