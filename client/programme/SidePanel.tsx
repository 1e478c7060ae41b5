/**
 * The right panel: Problemen, Opmerkingen, Geschiedenis and Metingen as tabs (arrow keys move between
 * them, as in the WAI-ARIA tabs pattern). The panel is one complementary landmark named
 * "Zijpaneel", tabs included; each tab's content is a region inside it, named by its heading.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type PanelTab = 'problemen' | 'opmerkingen' | 'geschiedenis' | 'metingen';

const PANEL_TABS: readonly PanelTab[] = ['problemen', 'opmerkingen', 'geschiedenis', 'metingen'];

export const SIDE_PANEL_ID = 'zijpaneel';

export function SidePanel({
  tab,
  labels,
  onTab,
  onClose,
  children,
}: {
  tab: PanelTab;
  /** The tab's text, with counts ("Opmerkingen (2)"). */
  labels: Record<PanelTab, ReactNode>;
  onTab(tab: PanelTab): void;
  onClose(): void;
  /** The active tab's content. */
  children: ReactNode;
}) {
  const id = useId();
  const tabRefs = useRef(new Map<PanelTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = PANEL_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? PANEL_TABS[(at + 1) % PANEL_TABS.length]
        : event.key === 'ArrowLeft'
          ? PANEL_TABS[(at + PANEL_TABS.length - 1) % PANEL_TABS.length]
          : event.key === 'Home'
            ? PANEL_TABS[0]
            : event.key === 'End'
              ? PANEL_TABS[PANEL_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <aside id={SIDE_PANEL_ID} className="side-panel" aria-label="Zijpaneel">
      <div className="side-panel-head">
        <div role="tablist" aria-label="Onderwerp van het zijpaneel" className="panel-tabs" onKeyDown={onKeyDown}>
          {PANEL_TABS.map((t) => (
            <button
              key={t}
              ref={(el) => {
                if (el) tabRefs.current.set(t, el);
                else tabRefs.current.delete(t);
              }}
              id={`${id}-tab-${t}`}
              type="button"
              role="tab"
              className="panel-tab"
              aria-selected={t === tab}
              aria-controls={`${id}-paneel`}
              tabIndex={t === tab ? 0 : -1}
              onClick={() => onTab(t)}
            >
              {labels[t]}
            </button>
          ))}
        </div>
        <button type="button" className="button small" onClick={onClose} aria-label="Zijpaneel sluiten">
          Sluiten
        </button>
      </div>
      <div id={`${id}-paneel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`}>
        {children}
      </div>
    </aside>
  );
}
