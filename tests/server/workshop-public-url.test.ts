/**
 * Join links behind a TLS proxy: the server sees only its internal address, so with
 * KOERS_PUBLIC_URL set the link on the projector and the QR code use the public one.
 */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.ts';
import { qrSvg } from '../../server/workshop/qr.ts';
import { joinHref } from '../../shared/workshop/api.ts';
import type { WorkshopInfo } from '../../shared/workshop/types.ts';
import { createWorkshop, serverPerTest } from '../helpers/workshop-server.ts';

const { server } = serverPerTest();

describe('the public address of join links', () => {
  it('reads KOERS_PUBLIC_URL as a plain address without a trailing slash', () => {
    expect(configFromEnv({}).publicUrl).toBeUndefined();
    expect(configFromEnv({ KOERS_PUBLIC_URL: 'https://koers.dronten.nl/' }).publicUrl).toBe('https://koers.dronten.nl');
    expect(configFromEnv({ KOERS_PUBLIC_URL: ' https://www.dronten.nl/koers// ' }).publicUrl).toBe('https://www.dronten.nl/koers');
    expect(() => configFromEnv({ KOERS_PUBLIC_URL: 'koers.dronten.nl' })).toThrow(/KOERS_PUBLIC_URL/);
    expect(() => configFromEnv({ KOERS_PUBLIC_URL: 'ftp://koers.dronten.nl' })).toThrow(/http:\/\/ or https:\/\//);
    expect(() => configFromEnv({ KOERS_PUBLIC_URL: 'https://koers.dronten.nl/?a=1' })).toThrow(/plain address/);
  });

  it('builds the link and the QR code on the public address when it is set', async () => {
    const s = await server({ publicUrl: 'https://koers.dronten.nl' });
    const created = await createWorkshop(s, 'bestaanszekerheid');
    const expected = `https://koers.dronten.nl/#/doe-mee/${created.code}`;
    expect(created.joinUrl).toBe(expected);
    const info = (await (await s.api(`/api/workshops/${created.id}`)).json()) as WorkshopInfo;
    expect(info.joinUrl).toBe(expected);
    const qr = await s.api(`/api/workshops/${created.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(await qr.text()).toBe(qrSvg(expected));
  });

  it("uses the request's own origin when it is not set", async () => {
    const s = await server();
    const created = await createWorkshop(s, 'bestaanszekerheid');
    expect(created.joinUrl).toBe(joinHref(s.url, created.code));
    expect(await (await s.api(`/api/workshops/${created.id}/qr.svg`)).text()).toBe(qrSvg(joinHref(s.url, created.code)));
  });
});
