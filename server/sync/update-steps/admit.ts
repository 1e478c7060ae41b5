/**
 * Step 1, admit: an update a read-only socket sends that adds nothing is skipped before any
 * policy. A read-only socket sends sync step 2 on every (re)connect; when it adds nothing there
 * is nothing to refuse, and no reason to log a refusal. (Frame type and size were admitted when
 * the frame arrived: admit-frame.ts.)
 */
import type { Access } from '../../auth/principal.ts';
import type { UpdateStep } from './context.ts';

const READ_ONLY: ReadonlySet<Access> = new Set(['read', 'comment']);

export const admitUpdate: UpdateStep = ({ conn, update }) => (READ_ONLY.has(conn.access) && update.known ? 'done' : 'next');
