/**
 * One attribute on a grid cell's own element while a mark is shown. The element belongs to AG
 * Grid, not to React, so the attribute is set from a layout effect (before paint, no flash of an
 * unmarked cell) and taken off again when the mark goes or the cell is reused for another row.
 */
import { useLayoutEffect } from 'react';

export function useCellAttribute(cell: HTMLElement | undefined, name: string, value: string | null): void {
  useLayoutEffect(() => {
    if (!cell || value === null) return;
    cell.setAttribute(name, value);
    return () => cell.removeAttribute(name);
  }, [cell, name, value]);
}
