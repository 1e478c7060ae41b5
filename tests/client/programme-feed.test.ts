/**
 * The programme feed passes on which rows a burst of transactions touched, with one re-read of
 * the programme per burst; unchanged rows keep their objects.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Observable } from 'lib0/observable';
import type { WebsocketProvider } from 'y-websocket';
import { seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { ProgrammeFeed, type ProgrammeUpdate } from '../../client/programme/programme-feed.ts';

const anna = userOrigin('anna', 'Anna de Vries');

describe('ProgrammeFeed', () => {
  it('reads the programme on sync, then passes on the rows each burst touched', async () => {
    const doc = new Y.Doc();
    seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
    // The provider's sync event, as y-websocket emits it.
    const provider = new Observable<string>();
    const feed = new ProgrammeFeed(doc, provider as unknown as WebsocketProvider);
    const updates: ProgrammeUpdate[] = [];
    feed.subscribe((u) => updates.push(u));

    provider.emit('sync', [true]);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.all).toBe(true);
    const first = feed.programme.get()!;

    setField(doc, 'goalIndicator', 'g1-i1', 'indicator', 'Nieuw', anna);
    setField(doc, 'result', 'g1-s1-r1', 'text', 'Ander resultaat', anna);
    await Promise.resolve();
    expect(updates).toHaveLength(2);
    expect(updates[1]!.all).toBe(false);
    expect([...updates[1]!.rowIds].sort()).toEqual(['g1-i1', 'g1-s1-r1']);
    const next = feed.programme.get()!;
    expect(next.goals[0]!.indicators[0]!.indicator).toBe('Nieuw');
    expect(next.goals[0]!.indicators[1]).toBe(first.goals[0]!.indicators[1]);

    feed.destroy();
    setField(doc, 'goalIndicator', 'g1-i1', 'indicator', 'Later', anna);
    await Promise.resolve();
    expect(updates).toHaveLength(2);
  });
});
