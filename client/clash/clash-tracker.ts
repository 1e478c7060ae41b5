/**
 * The clashes this officer lost, as the screen shows them: the shared watcher's findings with
 * the other writer's name (from awareness), until the officer takes their value back or lets it
 * be. Names are remembered for every client seen, so a colleague who closed the tab since is
 * still named.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { watchClashes, type Clash, type EditOrigin } from '../../shared/doc/index.ts';
import { Store } from '../programme/store.ts';

export interface ShownClash extends Clash {
  id: number;
  /** Who wrote the value that won, or a neutral description when unknown. */
  theirName: string;
}

const UNKNOWN_WRITER = 'een collega';

/** Two writes this close together count as a clash: about the time to notice a colleague's edit. */
const CLASH_WINDOW_MS = 5_000;

export class ClashTracker {
  readonly clashes = new Store<ShownClash[]>([]);
  private readonly names = new Map<number, string>();
  private seq = 0;
  private readonly stops: (() => void)[] = [];

  constructor(
    doc: Y.Doc,
    origin: EditOrigin,
    private readonly awareness: Awareness,
    options: { windowMs?: number; now?: () => number } = {},
  ) {
    const remember = () => {
      awareness.getStates().forEach((state, clientId) => {
        const name = nameOf(state);
        if (name) this.names.set(clientId, name);
      });
    };
    awareness.on('change', remember);
    this.stops.push(() => awareness.off('change', remember));
    remember();
    this.stops.push(
      watchClashes(doc, origin, { windowMs: options.windowMs ?? CLASH_WINDOW_MS, now: options.now ?? Date.now }, (clash) => this.add(clash)),
    );
  }

  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  dismiss(id: number): void {
    this.clashes.set(this.clashes.get().filter((c) => c.id !== id));
  }

  private add(clash: Clash): void {
    const shown: ShownClash = { ...clash, id: ++this.seq, theirName: this.nameOfClient(clash.theirClientId) };
    // One notice per cell: a newer clash replaces the older one.
    const others = this.clashes.get().filter((c) => !(c.rowId === clash.rowId && c.field === clash.field));
    this.clashes.set([...others, shown]);
  }

  private nameOfClient(clientId: number): string {
    const live = nameOf(this.awareness.getStates().get(clientId));
    return live ?? this.names.get(clientId) ?? UNKNOWN_WRITER;
  }
}

function nameOf(state: unknown): string | null {
  const user = (state as { user?: unknown } | undefined)?.user;
  if (!user || typeof user !== 'object') return null;
  const name = (user as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 60) : null;
}
