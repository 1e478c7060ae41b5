/**
 * Tables mount as they come into view, so the first paint of a large programme holds only the
 * grids on screen: a table near the window (within LOOKAHEAD_PX) mounts at once; the others follow
 * one by one while the browser is idle, so within moments every table exists (for the browser's
 * own find, for links and for tests) without holding up the first rows. A table asked to show a
 * cell (a finding, undo) mounts at once.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

const LOOKAHEAD_PX = 600;

const queue: (() => void)[] = [];
let draining = false;

type IdleWindow = Window & { requestIdleCallback?(cb: () => void, options?: { timeout: number }): number };

function drainSoon(): void {
  if (draining) return;
  draining = true;
  const next = () => {
    const mount = queue.shift();
    mount?.();
    if (queue.length === 0) {
      draining = false;
      return;
    }
    later(next);
  };
  later(next);
}

function later(fn: () => void): void {
  const w = window as IdleWindow;
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(fn, { timeout: 300 });
  else window.setTimeout(fn, 16);
}

/** True once the element is near the window, its idle turn came, or `now` asks for it. */
export function useMountWhenNear(ref: RefObject<HTMLElement | null>, now: boolean): boolean {
  const [mounted, setMounted] = useState(() => typeof IntersectionObserver === 'undefined');
  const show = mounted || now;
  useLayoutEffect(() => {
    const el = ref.current;
    if (show || !el) return;
    // On screen at the first layout: mount before the first paint, not a frame later.
    const rect = el.getBoundingClientRect();
    if (rect.top < window.innerHeight + LOOKAHEAD_PX && rect.bottom > -LOOKAHEAD_PX) {
      setMounted(true);
      return;
    }
    let done = false;
    const mount = () => {
      if (done) return;
      done = true;
      setMounted(true);
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), {
      rootMargin: `${LOOKAHEAD_PX}px 0px`,
    });
    observer.observe(el);
    queue.push(mount);
    drainSoon();
    return () => {
      done = true;
      observer.disconnect();
      const at = queue.indexOf(mount);
      if (at >= 0) queue.splice(at, 1);
    };
  }, [ref, show]);
  return show;
}

/** The height a table will about take, so the page does not jump much when it mounts. */
export function estimatedHeight(rowCount: number): number {
  return 48 + Math.max(1, rowCount) * 96;
}
