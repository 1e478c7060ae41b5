/**
 * The overview's line per programme (GET /api/documents) over real HTTP and a real y-websocket
 * client: how far the goal indicators are (with a nulmeting, with a streefwaarde, still "te
 * ontwikkelen"), counted from the programme itself, and the newest change with who made it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import { countIndicatorStatus } from '../../server/http/document-summary.ts';
import type { Programme } from '../../shared/model/types.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

interface Line {
  id: string;
  indicatorStatus: { total: number; withBaseline: number; withTarget: number; toDevelop: number };
  lastChange: { at: string; userName: string; action: string; kind: string; field: string | null } | null;
}

async function line(id: string): Promise<Line> {
  const list = (await (await s.api('/api/documents')).json()) as Line[];
  return list.find((l) => l.id === id)!;
}

describe('the overview line of a programme', () => {
  it('counts the goal indicators with a nulmeting, with a streefwaarde, and still to develop', async () => {
    const programme = await s.fetchProgramme('gezond-samenleven');
    const indicators = programme.goals.flatMap((g) => g.indicators);
    const { indicatorStatus } = await line('gezond-samenleven');
    expect(indicatorStatus.total).toBe(indicators.length);
    expect(indicatorStatus.withBaseline).toBeGreaterThan(0);
    expect(indicatorStatus.withBaseline + indicatorStatus.toDevelop).toBeLessThanOrEqual(indicators.length);
    expect(indicatorStatus).toEqual(countIndicatorStatus(programme));
  });

  it('counts an indicator marked "te ontwikkelen", and one whose target is still to come, apart', () => {
    const base = { baseline: '', target: '', indicator: 'x', status: null } as const;
    const programme = {
      goals: [
        {
          indicators: [
            { ...base, baseline: '12% (2024)', target: 'Minimaal 15% in 2028' },
            { ...base, indicator: 'Te ontwikkelen' },
            { ...base, baseline: '3 (2023)', target: 'Volgt', status: 'target-pending' },
          ],
        },
      ],
    } as unknown as Programme;
    expect(countIndicatorStatus(programme)).toEqual({ total: 3, withBaseline: 2, withTarget: 1, toDevelop: 1 });
  });

  it('names the newest change and who made it', async () => {
    const client = s.connect('kansengelijkheid');
    await client.whenSynced();
    setField(client.doc, 'goalIndicator', 'g1-i1', 'target', 'Minimaal 80% in 2028', userOrigin('anna', 'Anna'));
    await expect.poll(async () => (await line('kansengelijkheid')).lastChange?.field, { timeout: 15_000 }).toBe('target');
    const { lastChange } = await line('kansengelijkheid');
    expect(lastChange).toMatchObject({ action: 'set', kind: 'goalIndicator', field: 'target', userName: expect.any(String) });
    expect(Date.parse(lastChange!.at)).toBeGreaterThan(Date.now() - 60_000);
    client.destroy();
  });
});
