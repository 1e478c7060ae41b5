/**
 * Puts keyboard focus on a section heading (as the rail's jump does) once the page has settled:
 * a move re-orders the sections in the DOM and a delete removes the focused button, and either
 * would drop focus again if it were set in the same frame.
 */
export function focusHeadingSoon(headingId: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.getElementById(headingId) ?? document.getElementById('inhoud');
      if (!el) return;
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }),
  );
}
