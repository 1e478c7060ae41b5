/**
 * Fewer dots once people voted would turn every ballot that used them all into one the tally
 * cannot trust; silently voiding them is worse than saying no. So lowering is refused once a
 * ballot exists (raising is fine: every ballot stays valid). Shared by the screen and the policy.
 */
export const DOTS_LOWERED_AFTER_VOTES =
  'Er is al gestemd: met minder stippen zouden uitgebrachte stemmen ongeldig worden. Meer stippen kan wel.';

export function lowersDotsAfterVotes(before: unknown, after: unknown, ballotCount: number): boolean {
  return ballotCount > 0 && typeof before === 'number' && typeof after === 'number' && after < before;
}
