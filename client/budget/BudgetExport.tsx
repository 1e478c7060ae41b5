/**
 * Exporteren on the budget page: the plan as Excel (the matrix with formulas for its totals, so
 * a controller can audit them), as the csv template (which imports again) or as JSON, from
 * GET /api/documents/:id/export, through the same download as the programme's export menu.
 */
import { useState } from 'react';
import { downloadExport, EXPORT_CHOICES, exportUrl, type ExportFormat } from '../transfer/export-download.ts';
import type { BudgetSession } from './budget-session.ts';

const BUDGET_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'json'];

export function BudgetExport({ session, name }: { session: BudgetSession; name: string }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const download = async (format: ExportFormat, noun: string) => {
    setBusy(format);
    try {
      const file = await downloadExport(exportUrl(session.documentId, format, null), `${name}.${format}`);
      session.notify(`${noun} ${file} is gedownload.`, 'info');
    } catch (error) {
      session.notify(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="budget-export" role="group" aria-label="Exporteren">
      <span>Exporteren:</span>
      {EXPORT_CHOICES.filter((c) => BUDGET_FORMATS.includes(c.format)).map((choice) => (
        <button key={choice.format} type="button" className="button small" disabled={busy !== null} onClick={() => void download(choice.format, choice.noun)}>
          {choice.label}
        </button>
      ))}
    </div>
  );
}
