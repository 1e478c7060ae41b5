import { describe, expect, it } from 'vitest';
import { budgetHref, parseHash, programmeHref, workshopHref, workshopScreenHref } from '../../client/app/route.ts';

describe('hash routes', () => {
  it('reads the existing programme routes as before', () => {
    expect(parseHash('')).toEqual({ name: 'overview' });
    expect(parseHash('#/')).toEqual({ name: 'overview' });
    expect(parseHash('#/programma/bestaanszekerheid')).toEqual({ name: 'programme', id: 'bestaanszekerheid', view: { kind: 'live' } });
    expect(parseHash('#/programma/a/versies')).toEqual({ name: 'programme', id: 'a', view: { kind: 'versions' } });
    expect(parseHash('#/programma/a/versies/v%201')).toEqual({ name: 'programme', id: 'a', view: { kind: 'version', versionId: 'v 1' } });
    expect(parseHash('#/programma/a/verschillen/v1/huidig')).toEqual({ name: 'programme', id: 'a', view: { kind: 'diff', from: 'v1', to: 'huidig' } });
  });

  it('reads the werkatelier, join, users and setup routes', () => {
    expect(parseHash('#/programma/a/werkateliers')).toEqual({ name: 'programme', id: 'a', view: { kind: 'workshops' } });
    expect(parseHash('#/programma/a/voortgang')).toEqual({ name: 'programme', id: 'a', view: { kind: 'progress' } });
    expect(parseHash('#/werkatelier/w-1')).toEqual({ name: 'workshop', workshopId: 'w-1' });
    expect(parseHash('#/werkatelier/w-1/scherm')).toEqual({ name: 'workshop-screen', workshopId: 'w-1' });
    expect(parseHash('#/doe-mee/ABCDEFGH')).toEqual({ name: 'join', code: 'ABCDEFGH' });
    // Without a code the join page asks for it.
    expect(parseHash('#/doe-mee')).toEqual({ name: 'join', code: '' });
    expect(parseHash('#/doe-mee/')).toEqual({ name: 'join', code: '' });
    expect(parseHash('#/beheer/gebruikers')).toEqual({ name: 'users' });
    expect(parseHash('#/inrichten/t0k3n')).toEqual({ name: 'setup', token: 't0k3n' });
  });

  it('reads the group roles page and a failed sign-in at the organisation', () => {
    expect(parseHash('#/beheer/groepen')).toEqual({ name: 'group-roles' });
    expect(parseHash('#/aanmelden/verlopen')).toEqual({ name: 'sign-in-failed', reason: 'verlopen' });
    expect(parseHash('#/aanmelden').name).toBe('unknown');
  });

  it('reads a budget plan route, and writes links that read back', () => {
    expect(parseHash('#/begroting/begroting-pok-dronten')).toEqual({ name: 'budget', id: 'begroting-pok-dronten' });
    expect(parseHash(budgetHref('begroting-a/b'))).toEqual({ name: 'budget', id: 'begroting-a/b' });
    expect(parseHash('#/begroting').name).toBe('unknown');
    expect(parseHash('#/begroting/a/versies').name).toBe('unknown');
  });

  it('calls anything else unknown, also broken escapes', () => {
    for (const hash of ['#/onzin', '#/programma', '#/programma/a/werkateliers/x', '#/programma/a/voortgang/x', '#/doe-mee/a/b', '#/beheer', '#/programma/%E0%A4%A', '#/werkatelier/a/b', '#/werkatelier/a/scherm/x']) {
      expect(parseHash(hash).name, hash).toBe('unknown');
    }
  });

  it('writes links that read back to the same route', () => {
    const id = 'gezond samenleven/2';
    expect(parseHash(programmeHref(id, { kind: 'workshops' }))).toEqual({ name: 'programme', id, view: { kind: 'workshops' } });
    expect(parseHash(programmeHref(id, { kind: 'progress' }))).toEqual({ name: 'programme', id, view: { kind: 'progress' } });
    expect(parseHash(workshopHref('w/1'))).toEqual({ name: 'workshop', workshopId: 'w/1' });
    expect(parseHash(workshopScreenHref('w/1'))).toEqual({ name: 'workshop-screen', workshopId: 'w/1' });
  });
});
