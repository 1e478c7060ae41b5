/**
 * Column headers stay visible under the top bar while a tall table scrolls by. The grids grow
 * with their rows and the page scrolls, but AG Grid puts the header inside its own horizontally
 * scrolling viewport, where CSS `position: sticky` sticks to that viewport rather than the page.
 * So one page-wide scroll listener moves each header down (a transform) by as much as its table
 * has gone under the top bar, and never past the table's last row.
 */

const hosts = new Set<HTMLElement>();
let frame = 0;
// A row that grows or shrinks changes a table's height without a scroll.
let resized: ResizeObserver | null = null;

function topbarBottom(): number {
  const bar = document.querySelector('header.topbar');
  return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

/** How far a header moves down: from 0 (table top in view) to the table's height less the header's. */
export function headerOffset(tableTop: number, tableHeight: number, headerHeight: number, barBottom: number): number {
  if (tableTop >= barBottom) return 0;
  return Math.max(0, Math.min(barBottom - tableTop, tableHeight - headerHeight * 2));
}

function place(): void {
  frame = 0;
  const bar = topbarBottom();
  const viewport = window.innerHeight;
  for (const host of hosts) {
    const header = host.querySelector<HTMLElement>('.ag-header');
    if (!header) continue;
    const rect = host.getBoundingClientRect();
    const offset = rect.bottom < 0 || rect.top > viewport ? 0 : headerOffset(rect.top, rect.height, header.offsetHeight, bar);
    const transform = offset > 0 ? `translateY(${Math.round(offset)}px)` : '';
    if (header.style.transform !== transform) {
      header.style.transform = transform;
      header.classList.toggle('koers-header-floating', offset > 0);
    }
  }
}

function schedule(): void {
  if (!frame) frame = requestAnimationFrame(place);
}

/** Keeps the header of the grid inside `host` in view; returns the cleanup. */
export function floatHeader(host: HTMLElement): () => void {
  if (hosts.size === 0) {
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
  }
  hosts.add(host);
  if (typeof ResizeObserver !== 'undefined') {
    resized ??= new ResizeObserver(schedule);
    resized.observe(host);
  }
  schedule();
  return () => {
    hosts.delete(host);
    resized?.unobserve(host);
    if (hosts.size === 0) {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    }
  };
}
