import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps --topbar-h equal to the top bar's real height. The bar wraps onto two lines when a
 * frozen version's name or a narrow window needs it; the sticky rail and side panel sit under it.
 */
export function useTopbarHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--topbar-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--topbar-h');
    };
  }, [ref]);
}
