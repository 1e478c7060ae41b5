/** What goes over Redis (server/sync/fanout/wire.ts) and what an announcement picks (peer-events.ts). */
import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/protocol.ts';
import type { Principal } from '../../server/auth/principal.ts';
import { closeOfCode, selects } from '../../server/sync/fanout/peer-events.ts';
import { decodeDocumentMessage, decodePeerMessage, encodeDocumentMessage, encodePeerMessage, KIND } from '../../server/sync/fanout/wire.ts';

const user = (sessionId: string, id = 'u1'): Principal => ({ kind: 'user', id, name: 'Rik', email: 'rik@koers.test', grants: [], mustChangePassword: false, sessionId }) as Principal;
const participant = (id: string): Principal => ({ kind: 'participant', id, name: 'Deelnemer', workshopId: 'w1', sessionId: `s-${id}` }) as Principal;

describe('the fanout wire', () => {
  it('carries origin, document, kind and payload, and skips what it cannot read', () => {
    const payload = new Uint8Array([1, 2, 3, 250]);
    const bytes = encodeDocumentMessage({ origin: 'host:12:ab', docId: 'kansengelijkheid', kind: KIND.update, payload });
    expect(decodeDocumentMessage(bytes)).toEqual({ origin: 'host:12:ab', docId: 'kansengelijkheid', kind: KIND.update, payload });
    expect(decodeDocumentMessage(bytes.subarray(0, bytes.length - 2))).toBeNull();
    expect(decodeDocumentMessage(encodeDocumentMessage({ origin: 'x', docId: 'y', kind: 9 as never, payload }))).toBeNull();
  });

  it('reads peer messages it knows and nothing else', () => {
    const drop = { from: 'p1', type: 'event', event: { type: 'drop', selector: { sessions: ['s1'] }, code: 4401, detail: 'signed out' } } as const;
    expect(decodePeerMessage(encodePeerMessage(drop))).toEqual(drop);
    expect(decodePeerMessage(encodePeerMessage({ from: 'p1', type: 'alive' }))).toEqual({ from: 'p1', type: 'alive' });
    for (const raw of ['nonsense', '{}', '{"from":"p1","type":"reboot"}', '{"from":"p1","type":"event","event":{"type":"drop","selector":{},"code":1,"detail":"x"}}', '{"from":"p1","type":"event","event":{"type":"recheck"}}']) {
      expect(decodePeerMessage(raw)).toBeNull();
    }
  });
});

describe('a socket selector', () => {
  it('picks by session, or by document with access and participant', () => {
    expect(selects({ sessions: ['s1', 's2'] }, { principal: user('s2'), access: 'edit' }, 'any')).toBe(true);
    expect(selects({ sessions: ['s1'] }, { principal: user('s3'), access: 'edit' }, 'any')).toBe(false);
    expect(selects({ document: 'd1', exceptAccess: ['read'] }, { principal: user('s1'), access: 'edit' }, 'd1')).toBe(true);
    expect(selects({ document: 'd1', exceptAccess: ['read'] }, { principal: user('s1'), access: 'read' }, 'd1')).toBe(false);
    expect(selects({ document: 'd1' }, { principal: user('s1'), access: 'edit' }, 'd2')).toBe(false);
    expect(selects({ document: 'w', access: ['participate'] }, { principal: participant('p1'), access: 'participate' }, 'w')).toBe(true);
    expect(selects({ document: 'w', participant: 'p1' }, { principal: participant('p1'), access: 'participate' }, 'w')).toBe(true);
    expect(selects({ document: 'w', participant: 'p1' }, { principal: user('s1', 'p1'), access: 'facilitate' }, 'w')).toBe(false);
  });

  it('closes with the spec of the announced code', () => {
    expect(closeOfCode(4401)).toBe(CLOSE.notSignedIn);
    expect(closeOfCode(4410)).toBe(CLOSE.workshopClosed);
    expect(closeOfCode(4999)).toBe(CLOSE.rightsChanged);
  });
});
