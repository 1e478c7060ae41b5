/** The growing delay after failed sign-ins, on an injected clock. */
import { describe, expect, it } from 'vitest';
import { AttemptLimiter, LOGIN_LIMITS } from '../../server/auth/attempt-limiter.ts';

function limiter() {
  let now = 1_000_000;
  const l = new AttemptLimiter({ ...LOGIN_LIMITS, now: () => now });
  return { l, advance: (ms: number) => (now += ms) };
}

describe('AttemptLimiter', () => {
  it('lets three failures pass, then makes each further one wait twice as long', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 3; i++) {
      expect(l.check('a@b.nl')).toEqual({ allowed: true });
      l.fail('a@b.nl');
    }
    expect(l.check('a@b.nl')).toEqual({ allowed: true });
    l.fail('a@b.nl');
    expect(l.check('a@b.nl')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1_000);
    expect(l.check('a@b.nl')).toEqual({ allowed: true });
    l.fail('a@b.nl');
    expect(l.check('a@b.nl')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    advance(2_000);
    l.fail('a@b.nl');
    expect(l.check('a@b.nl')).toEqual({ allowed: false, retryAfterSeconds: 4 });
    // Other keys are not affected.
    expect(l.check('c@d.nl')).toEqual({ allowed: true });
  });

  it('caps the wait, clears a key on success and forgets it an hour after the last failure', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 40; i++) l.fail('k');
    expect(l.check('k')).toEqual({ allowed: false, retryAfterSeconds: LOGIN_LIMITS.maxDelayMs / 1000 });
    l.succeed('k');
    expect(l.check('k')).toEqual({ allowed: true });

    for (let i = 0; i < 5; i++) l.fail('m');
    expect(l.check('m').allowed).toBe(false);
    advance(LOGIN_LIMITS.forgetAfterMs + 1);
    expect(l.check('m')).toEqual({ allowed: true });
    l.fail('m'); // counts from zero again: the first failure is free
    expect(l.check('m')).toEqual({ allowed: true });
  });
});
