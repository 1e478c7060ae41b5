/**
 * Step 6, after applying: the room's hooks (cell history) see every transaction that applied a
 * connection's update or a server change, after it was stored. Called from the doc's
 * afterTransaction event, before Yjs collects the deleted content the hooks still read.
 * A hook must not change the doc; its errors are logged, never passed to the sender.
 */
import type * as Y from 'yjs';
import { EditOrigin } from '../../../shared/doc/index.ts';
import type { Logger } from '../../log.ts';
import { Connection } from '../connection.ts';

export type AppliedHook = (source: Connection | EditOrigin, transaction: Y.Transaction) => void;

export function afterApplying(hook: AppliedHook | undefined, transaction: Y.Transaction, log: Logger): void {
  const source = transaction.origin;
  if (!hook || !(source instanceof Connection || source instanceof EditOrigin)) return;
  try {
    hook(source, transaction);
  } catch (error) {
    log.error('onApplied hook failed', { error });
  }
}
