/**
 * Werkatelier steps over real HTTP against a test server: create as a facilitator, join as a
 * participant (participant cookie from the answer), and connect real WebsocketProvider
 * clients to the werkatelier doc with those cookies. No shortcuts into the server.
 */
import { afterEach } from 'vitest';
import type { StartOptions } from '../../server/start.ts';
import { JOIN_CODE_LENGTH, type JoinAnswer } from '../../shared/workshop/api.ts';
import type { VotingMode, WorkshopInfo, WorkshopScope } from '../../shared/workshop/types.ts';
import { Cleanup } from './cleanup.ts';
import { connectClient, type TestClient } from './test-client.ts';
import { cookieFrom, startTestServer, type TestServer } from './test-server.ts';

/**
 * A fresh server for each test that asks for one, so no test sees another's werkateliers or
 * join-limit counters; servers and tracked clients are closed after each test, clients first.
 */
export function serverPerTest() {
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());
  return {
    async server(options: StartOptions = {}): Promise<TestServer> {
      const s = await startTestServer(options);
      cleanup.add(() => s.dispose());
      return s;
    },
    track<C extends { destroy(): void }>(client: C): C {
      cleanup.add(() => client.destroy());
      return client;
    },
  };
}

export interface NewWorkshopInput {
  title?: string;
  scope?: WorkshopScope;
  votingMode?: VotingMode;
  dots?: number;
  editGrant?: boolean;
}

export async function postJson(server: TestServer, path: string, body: unknown, cookie?: string | null): Promise<Response> {
  return server.api(path, { method: 'POST', cookie, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** POST /api/documents/:id/workshops; throws unless 201. */
export async function createWorkshop(server: TestServer, programmeId: string, input: NewWorkshopInput = {}, cookie?: string): Promise<WorkshopInfo & { code: string }> {
  const response = await postJson(
    server,
    `/api/documents/${programmeId}/workshops`,
    { title: 'Werkatelier in De Meerpaal', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5, ...input },
    cookie,
  );
  if (response.status !== 201) throw new Error(`create werkatelier: ${response.status} ${await response.text()}`);
  const info = (await response.json()) as WorkshopInfo;
  if (!info.code || info.code.length !== JOIN_CODE_LENGTH) throw new Error('create werkatelier: no join code in the answer');
  return info as WorkshopInfo & { code: string };
}

export interface JoinedParticipant {
  id: string;
  name: string;
  /** `koers_deelnemer=...` */
  cookie: string;
  answer: JoinAnswer;
}

/** POST /api/workshops/join without any session; throws unless 200. */
export async function joinWorkshop(server: TestServer, code: string, name: string): Promise<JoinedParticipant> {
  const response = await postJson(server, '/api/workshops/join', { code, name }, null);
  if (response.status !== 200) throw new Error(`join: ${response.status} ${await response.text()}`);
  const cookie = cookieFrom(response);
  const answer = (await response.json()) as JoinAnswer;
  return { id: answer.participant.id, name: answer.participant.name, cookie, answer };
}

/** A WebsocketProvider on the werkatelier doc with this cookie (a participant's or a user's). */
export function connectWorkshop(server: TestServer, docId: string, cookie: string): TestClient {
  return connectClient(server.syncUrl, docId, { cookie });
}
