/** The server's stamp on a presence state: the session's id and name always, the palette kept. */
import { describe, expect, it } from 'vitest';
import { stampPresence } from '../../server/sync/presence-stamp.ts';
import { colorFor, PRESENCE_COLORS } from '../../shared/presence-colours.ts';

const anna = { id: 'u-anna', name: 'Anna de Vries' };

describe('stampPresence', () => {
  it('overwrites the id and name a client claims, and keeps its focus', () => {
    const focus = { rowId: 'g1', colId: 'title', editing: true };
    expect(stampPresence({ user: { id: 'beheerder', name: 'Beheerder', color: PRESENCE_COLORS[2] }, focus }, anna)).toEqual({
      user: { id: 'u-anna', name: 'Anna de Vries', color: PRESENCE_COLORS[2] },
      focus,
    });
  });

  it('keeps a palette colour (the client moves away from a clash) and replaces any other', () => {
    for (const color of PRESENCE_COLORS) expect(stampPresence({ user: { color } }, anna).user).toMatchObject({ color });
    for (const color of ['#ffffff', 'red', 'url(javascript:x)', 7, null]) {
      expect(stampPresence({ user: { color } }, anna).user).toMatchObject({ color: colorFor('u-anna') });
    }
  });

  it('gives states without a user, or that are no object, the stamped user', () => {
    expect(stampPresence({}, anna)).toEqual({ user: { id: 'u-anna', name: 'Anna de Vries', color: colorFor('u-anna') } });
    expect(stampPresence([1, 2], anna)).toEqual({ user: { id: 'u-anna', name: 'Anna de Vries', color: colorFor('u-anna') } });
    expect(stampPresence('tekst', anna)).toEqual({ user: { id: 'u-anna', name: 'Anna de Vries', color: colorFor('u-anna') } });
  });
});
