/** Room hooks from several modules as one (cell history and the fanout, start.ts): each in its turn; compaction only when all agree. */
import type { RegistryHooks } from '../room-registry.ts';

export function composeHooks(...all: RegistryHooks[]): RegistryHooks {
  return {
    onLoaded: (room) => all.forEach((hooks) => hooks.onLoaded?.(room)),
    onApplied: (room, source, transaction) => all.forEach((hooks) => hooks.onApplied?.(room, source, transaction)),
    onRelayed: (room, update) => all.forEach((hooks) => hooks.onRelayed?.(room, update)),
    mayCompact: (room) => all.every((hooks) => hooks.mayCompact?.(room) ?? true),
    onUnloaded: (room) => all.forEach((hooks) => hooks.onUnloaded?.(room)),
  };
}
