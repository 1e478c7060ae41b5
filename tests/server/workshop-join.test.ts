/** Joining with a code: wrong codes are answered in Dutch and slowed down; a closed werkatelier says so. */
import { describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { JOIN_CODE_VALID_MS } from '../../server/workshop/routes-join.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { createWorkshop, joinWorkshop, postJson, serverPerTest } from '../helpers/workshop-server.ts';

const { server } = serverPerTest();

const join = (s: TestServer, code: unknown, name: unknown = 'Ans') => postJson(s, '/api/workshops/join', { code, name }, null);

describe('joining a werkatelier', () => {
  it('answers 404 with a Dutch hint for a code that does not exist', async () => {
    const s = await server();
    const response = await join(s, 'ABCD-EFGH');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Deze code kennen we niet. Kijk nog eens naar de code op het scherm.' });
  });

  it('slows down repeated guessing with 429 and Retry-After, even for the right code', async () => {
    const s = await server();
    const info = await createWorkshop(s, 'bestaanszekerheid');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await join(s, `WRONG${i}XX`)).status);
    expect(statuses.slice(0, 6)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(statuses[6]).toBe(429);
    const blocked = await join(s, info.code);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(1);
    expect(((await blocked.json()) as { error: string }).error).toMatch(/Te veel verkeerde codes/);
  });

  it('needs a name of 1 to 60 characters and gives the participant a cookie', async () => {
    const s = await server();
    const info = await createWorkshop(s, 'bestaanszekerheid');
    expect((await join(s, info.code, '   ')).status).toBe(400);
    expect((await join(s, info.code, 'x'.repeat(61))).status).toBe(400);
    expect((await join(s, info.code, 42)).status).toBe(400);
    const joined = await joinWorkshop(s, ` ${info.code.slice(0, 4)} - ${info.code.slice(4).toLowerCase()} `, '<b>Ans</b>');
    expect(joined.cookie).toMatch(/^koers_deelnemer=/);
    expect(joined.answer.participant.name).toBe('<b>Ans</b>');
    expect(joined.answer.workshop).toMatchObject({ id: info.id, status: 'open', docId: info.docId });
    expect(joined.answer.workshop.code).toBeUndefined();
    expect(joined.answer.workshop.participantCount).toBe(1);
    await joinWorkshop(s, info.code, 'Bert');
    // The programme's list counts them live while the werkatelier is open.
    const list = (await (await s.api('/api/documents/bestaanszekerheid/workshops')).json()) as { id: string; participantCount: number }[];
    expect(list.find((w) => w.id === info.id)?.participantCount).toBe(2);
  });

  it('answers 410 once the werkatelier is closed', async () => {
    const s = await server();
    const info = await createWorkshop(s, 'bestaanszekerheid');
    expect((await s.api(`/api/workshops/${info.id}/close`, { method: 'POST' })).status).toBe(200);
    const response = await join(s, info.code);
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ error: 'Dit werkatelier is al gesloten.' });
  });

  it('answers 410 for a code older than a day, even while the werkatelier is open', async () => {
    const s = await server();
    const info = await createWorkshop(s, 'bestaanszekerheid');
    expect((await join(s, info.code)).status).toBe(200);
    // Backdate the start as a werkatelier begun yesterday would be stored.
    const db = (s.store as SqliteStore).database;
    const yesterday = new Date(Date.now() - JOIN_CODE_VALID_MS - 60_000).toISOString();
    db.prepare('UPDATE workshops SET created_at = ? WHERE id = ?').run(yesterday, info.id);
    const response = await join(s, info.code);
    expect(response.status).toBe(410);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Deze code is verlopen/);
  });
});
