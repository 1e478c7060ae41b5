import { SHORTCUTS } from '../actions/registry.ts';

export function ShortcutHelp({ id, onClose }: { id: string; onClose(): void }) {
  return (
    <section id={id} className="shortcut-help" aria-labelledby={`${id}-titel`}>
      <div className="shortcut-help-head">
        <h2 id={`${id}-titel`}>Sneltoetsen</h2>
        <button type="button" className="button small" onClick={onClose}>
          Sluiten
        </button>
      </div>
      <p>
        De knoppen boven elke tabel werken op de huidige rij: de rij van de cel waar je het laatst was. In
        &quot;Indicator op resultaat&quot; staat één indicator per regel; begin een regel met een spatie om hem bij de
        indicator erboven te laten horen.
      </p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Toetsen</th>
            <th scope="col">Wat het doet</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
