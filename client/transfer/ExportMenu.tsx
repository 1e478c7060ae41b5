/**
 * "Exporteren" in the top bar: a menu button (WAI-ARIA menu button pattern: arrows, Home, End,
 * Escape, Tab) with the formats for this programme, its voortgangsrapportage (Word, PDF), and
 * all three programmes together. A frozen
 * version being viewed is exported as that version. The download is a fetch, so the editor
 * keeps working while the server builds the file.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { CURRENT_IN_ROUTE, type ProgrammeView } from '../app/route.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useStore } from '../programme/store.ts';
import './transfer.css';
import { ALL_PROGRAMMES_ID, EXPORT_CHOICES, PROGRESS_REPORT_CHOICES, downloadExport, exportUrl, type ExportFormat } from './export-download.ts';

interface MenuEntry {
  key: string;
  documentId: string;
  format: ExportFormat;
  label: string;
  noun: string;
  report?: 'voortgang';
}

/** The frozen version on screen, if any: a version, or the newer side of a comparison. */
function shownVersionId(view: ProgrammeView): string | null {
  if (view.kind === 'version') return view.versionId;
  if (view.kind === 'diff' && view.to !== CURRENT_IN_ROUTE) return view.to;
  return null;
}

export function ExportMenu({ view }: { view: ProgrammeView }) {
  const session = useSession();
  useStore(session.versions.versions);
  const versionId = shownVersionId(view);
  const versionName = versionId ? (session.versions.find(versionId)?.name ?? null) : null;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const pendingFocus = useRef<number | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const id = useId();
  const buttonId = `${id}-knop`;
  const menuId = `${id}-menu`;

  const own: MenuEntry[] = EXPORT_CHOICES.map((c) => ({ key: `own-${c.format}`, documentId: session.documentId, ...c }));
  const progress: MenuEntry[] = PROGRESS_REPORT_CHOICES.map((c) => ({ key: `voortgang-${c.format}`, documentId: session.documentId, report: 'voortgang', ...c }));
  // A version belongs to one programme: the other two have no version with this id.
  const all: MenuEntry[] = versionId ? [] : EXPORT_CHOICES.map((c) => ({ key: `all-${c.format}`, documentId: ALL_PROGRAMMES_ID, ...c }));

  useEffect(() => () => abortRef.current?.abort(), []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const openAt = useCallback((index: number) => {
    pendingFocus.current = index;
    setOpen(true);
  }, []);

  useEffect(() => {
    if (!open) return;
    const index = pendingFocus.current;
    pendingFocus.current = null;
    const items = itemRefs.current.filter((el): el is HTMLButtonElement => el !== null);
    if (index !== null) items[index < 0 ? items.length - 1 : index]?.focus();
    // A pointer press outside closes the menu, as any menu does.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const run = useCallback(
    async (entry: MenuEntry) => {
      close(true);
      if (busy) {
        session.notify('Even geduld: er loopt al een export.', 'info');
        return;
      }
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy(true);
      try {
        const fileName = await downloadExport(
          exportUrl(entry.documentId, entry.format, entry.documentId === ALL_PROGRAMMES_ID ? null : versionId, entry.report ?? null),
          `${entry.documentId}.${entry.format}`,
          controller.signal,
        );
        session.notify(`${entry.noun} gedownload: ${fileName}`, 'info');
      } catch (error) {
        if (controller.signal.aborted) return;
        session.notify(error instanceof Error ? error.message : 'Het exporteren is mislukt.');
      } finally {
        if (abortRef.current === controller) {
          abortRef.current = null;
          setBusy(false);
        }
      }
    },
    [busy, close, session, versionId],
  );

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(-1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.filter((el): el is HTMLButtonElement => el !== null);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return; // Tab moves on as usual
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const item = (entry: MenuEntry, index: number) => (
    <button
      key={entry.key}
      ref={(el) => {
        itemRefs.current[index] = el;
      }}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="export-menu-item"
      onClick={() => void run(entry)}
    >
      {entry.label}
    </button>
  );

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {busy ? 'Bezig met exporteren…' : 'Exporteren'} <span aria-hidden="true">▾</span>
      </button>
      <span className="sr-only" role="status">
        {busy ? 'Bezig met exporteren…' : ''}
      </span>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} className="export-menu-list" onKeyDown={onMenuKeyDown}>
          <div role="group" aria-label={versionId ? `Deze versie${versionName ? `: ${versionName}` : ''}` : 'Dit programma'}>
            <div className="export-menu-heading" aria-hidden="true">
              {versionId ? `Deze versie${versionName ? `: ${versionName}` : ''}` : 'Dit programma'}
            </div>
            {own.map((entry, i) => item(entry, i))}
          </div>
          <div role="group" aria-label="Voortgangsrapportage">
            <div className="export-menu-heading" aria-hidden="true">
              Voortgangsrapportage
            </div>
            {progress.map((entry, i) => item(entry, own.length + i))}
          </div>
          {all.length > 0 && (
            <div role="group" aria-label="Alle drie programma's">
              <div className="export-menu-heading" aria-hidden="true">
                Alle drie programma's
              </div>
              {all.map((entry, i) => item(entry, own.length + progress.length + i))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
