/**
 * Issue 11, items 4 and 11, in a werkatelier, as the attack: a participant writes a card in
 * someone else's name that loses its conflict at once. It never shows, so the preview of
 * visible changes saw nothing, and the raw update was stored. Real server and providers.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readWorkshop } from '../../shared/doc/workshop/index.ts';
import { workshopMap } from '../../shared/doc/workshop/layout.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { WorkshopCard } from '../../shared/workshop/types.ts';
import { openRawSocket } from '../helpers/raw-socket.ts';
import { updateFrame } from '../helpers/wire.ts';
import { connectWorkshop, createWorkshop, joinWorkshop, serverPerTest } from '../helpers/workshop-server.ts';

const POLL = { timeout: 20_000, interval: 25 };
const { server, track } = serverPerTest();

describe('hidden writes in a werkatelier', () => {
  it('a losing card in another participant’s name is refused and not stored', async () => {
    const s = await server();
    const info = await createWorkshop(s, 'bestaanszekerheid', { scope: { kind: 'subGoal', rowId: 'g1-s2' } });
    const facilitator = track(connectWorkshop(s, info.docId, s.adminCookie));
    const ans = await joinWorkshop(s, info.code, 'Ans');
    const bert = await joinWorkshop(s, info.code, 'Bert');
    const ansClient = track(connectWorkshop(s, info.docId, ans.cookie));
    const bertClient = track(connectWorkshop(s, info.docId, bert.cookie));
    await Promise.all([facilitator.whenSynced(), ansClient.whenSynced(), bertClient.whenSynced()]);
    const own: WorkshopCard = { id: 'kaart-ans', rowId: 'g1-s2-r1', type: 'idee', text: 'Van Ans', authorId: ans.id, authorName: ans.name, createdAt: new Date().toISOString() };
    addCard(ansClient.doc, own);
    await expect.poll(() => readWorkshop(bertClient.doc).cards.length, POLL).toBe(1);
    const storedBefore = s.store.load(info.docId).reduce((n, u) => n + u.byteLength, 0);

    // Written as if concurrently, by a client id lower than Ans's: Yjs puts it left of hers, so hers still shows.
    const forger = new Y.Doc();
    forger.clientID = 1;
    const forged = { ...own, text: 'X'.repeat(400), authorId: ans.id, authorName: ans.name };
    forger.transact(() => workshopMap(forger, 'cards').set(own.id, forged));
    const forgedUpdate = Y.encodeStateAsUpdate(forger);
    const preview = new Y.Doc();
    Y.applyUpdate(preview, Y.encodeStateAsUpdate(bertClient.doc));
    Y.applyUpdate(preview, forgedUpdate);
    expect(readWorkshop(preview).cards[0]!.text).toBe('Van Ans'); // it loses: nothing to see

    // Sent as raw bytes: an honest Yjs would collect the losing content before sending it on.
    const raw = await openRawSocket(`${s.syncUrl}/${info.docId}`, { headers: { cookie: bert.cookie } });
    raw.send(updateFrame(forgedUpdate));
    expect((await raw.closed).code).toBe(CLOSE.updateRejected.code);
    const stored = s.store.load(info.docId);
    expect(stored.reduce((n, u) => n + u.byteLength, 0)).toBe(storedBefore);
    expect(stored.some((u) => Buffer.from(u).includes('XXXXXXXXXX'))).toBe(false);
    expect(ansClient.terminal).toBeNull();
  });
});
