/**
 * A room's handling of one incoming update, as a list of named steps run in order until one
 * says it is done:
 *
 *   admit -> hold pending -> check policy -> skip known -> check storage -> store -> apply (-> after apply -> relay) -> compact
 *
 * The update is read once (shared/doc/update-reader) and every step sees that one reading. A
 * held update is read again, against the doc of that moment, each time the room retries it.
 */
import { applyUpdate } from './apply.ts';
import { admitUpdate } from './admit.ts';
import { checkPolicy } from './check-policy.ts';
import { checkStorage } from './check-storage.ts';
import { compactWhenDue } from './compact.ts';
import { holdPending } from './hold-pending.ts';
import type { UpdateContext, UpdateStep } from './context.ts';
import { skipKnown } from './skip-known.ts';
import { storeUpdate } from './store.ts';

const UPDATE_STEPS: readonly UpdateStep[] = [admitUpdate, holdPending, checkPolicy, skipKnown, checkStorage, storeUpdate, applyUpdate, compactWhenDue];

export function runUpdateSteps(ctx: UpdateContext): void {
  for (const step of UPDATE_STEPS) if (step(ctx) === 'done') return;
}

export type { PipelineRoom, UpdateContext } from './context.ts';
export { afterApplying } from './after-apply.ts';
export { relayUpdate } from './relay.ts';
export { admitFrame } from './admit-frame.ts';
