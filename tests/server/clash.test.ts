/**
 * Visible clashes over the real sync server with unmodified y-websocket clients: two officers
 * write the same cell at the same moment; the one whose value lost is told, with both values
 * and the other's name (from awareness), and can take theirs back in one step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setField, undoScope, userOrigin, type EditOrigin } from '../../shared/doc/index.ts';
import type { Right } from '../../shared/auth/roles.ts';
import { takeBackClash } from '../../client/actions/clash-actions.ts';
import { Dispatcher } from '../../client/actions/dispatcher.ts';
import { UndoFocus } from '../../client/actions/undo-focus.ts';
import { ClashTracker } from '../../client/clash/clash-tracker.ts';
import { CouncilGate } from '../../client/council/council-gate.ts';
import type { VersionList } from '../../client/history/version-list.ts';
import { Store } from '../../client/programme/store.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 20_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

interface Officer {
  name: string;
  client: TestClient;
  origin: EditOrigin;
  tracker: ClashTracker;
  /** The page's one way to change the document, as the clash notice's button uses it. */
  actions: Dispatcher;
}

/** A signed-in redacteur: the server stamps the name in their presence from this session. */
async function officer(server: TestServer, name: string): Promise<Officer> {
  const user = await server.createUser({ name, grants: [{ role: 'redacteur', scope: DOC }] });
  const client = server.connect(DOC, { cookie: user.cookie });
  cleanup.add(() => client.destroy());
  client.awareness.setLocalStateField('user', { id: user.id, name, color: '#1d4ed8' });
  const origin = userOrigin(user.id, name);
  const tracker = new ClashTracker(client.doc, origin, client.awareness);
  cleanup.add(() => tracker.destroy());
  const undoManager = new Y.UndoManager(undoScope(client.doc), { trackedOrigins: new Set([origin]) });
  const actions = new Dispatcher({
    doc: client.doc,
    origin,
    undoManager,
    undoFocus: new UndoFocus(undoManager, () => null),
    author: { id: user.id, name },
    rights: () => new Set<Right>(['read', 'comment', 'edit']),
    council: new CouncilGate({ versions: new Store([]) } as unknown as VersionList),
    notify: (message) => {
      throw new Error(`unexpected notice: ${message}`);
    },
  });
  return { name, client, origin, tracker, actions };
}

const source = (o: Officer) => o.client.programme().goals[0]!.indicators[0]!.source;

describe('visible clashes', () => {
  it('two officers write one cell at once: only the one whose value lost sees a notice with both values, and can take theirs back', async () => {
    const server = await startTestServer();
    cleanup.add(() => server.dispose());
    const anna = await officer(server, 'Anna de Vries');
    const bram = await officer(server, 'Bram Jansen');
    await Promise.all([anna.client.whenSynced(), bram.client.whenSynced()]);
    await expect.poll(() => anna.client.awareness.getStates().has(bram.client.doc.clientID), POLL).toBe(true);
    await expect.poll(() => bram.client.awareness.getStates().has(anna.client.doc.clientID), POLL).toBe(true);

    // Same tick: neither has received the other's update when writing.
    setField(anna.client.doc, 'goalIndicator', 'g1-i1', 'source', 'CBS en Veilig Thuis', anna.origin);
    setField(bram.client.doc, 'goalIndicator', 'g1-i1', 'source', 'Politie Flevoland', bram.origin);

    await expect.poll(() => source(anna) === source(bram) && source(anna) !== 'CBS', POLL).toBe(true);
    const winner = source(anna) === 'CBS en Veilig Thuis' ? anna : bram;
    const loser = winner === anna ? bram : anna;
    await expect.poll(() => loser.tracker.clashes.get().length, POLL).toBe(1);
    expect(loser.tracker.clashes.get()[0]).toMatchObject({
      kind: 'goalIndicator',
      rowId: 'g1-i1',
      field: 'source',
      mine: loser === anna ? 'CBS en Veilig Thuis' : 'Politie Flevoland',
      theirs: source(winner),
      theirClientId: winner.client.doc.clientID,
      theirName: winner.name,
    });
    expect(winner.tracker.clashes.get()).toEqual([]);
    await expect.poll(async () => (await server.fetchProgramme(DOC)).goals[0]!.indicators[0]!.source, POLL).toBe(source(winner));

    // One step: the losing value is back for everyone, and the notice is gone.
    const mine = loser.tracker.clashes.get()[0]!;
    expect(loser.actions.run(takeBackClash, mine)).toEqual({ ok: true, result: undefined });
    loser.tracker.dismiss(mine.id);
    expect(loser.tracker.clashes.get()).toEqual([]);
    await expect.poll(() => source(winner), POLL).toBe(mine.mine);
    await expect.poll(async () => (await server.fetchProgramme(DOC)).goals[0]!.indicators[0]!.source, POLL).toBe(mine.mine);
  });

  it('edits of different cells at the same moment are no clash', async () => {
    const server = await startTestServer();
    cleanup.add(() => server.dispose());
    const anna = await officer(server, 'Anna de Vries');
    const bram = await officer(server, 'Bram Jansen');
    await Promise.all([anna.client.whenSynced(), bram.client.whenSynced()]);

    setField(anna.client.doc, 'goalIndicator', 'g1-i1', 'source', 'Van Anna', anna.origin);
    setField(bram.client.doc, 'goalIndicator', 'g1-i1', 'indicator', 'Van Bram', bram.origin);
    await expect
      .poll(() => [anna, bram].map((o) => `${o.client.programme().goals[0]!.indicators[0]!.indicator}|${source(o)}`), POLL)
      .toEqual(['Van Bram|Van Anna', 'Van Bram|Van Anna']);
    expect([anna.tracker.clashes.get(), bram.tracker.clashes.get()]).toEqual([[], []]);
  });
});
