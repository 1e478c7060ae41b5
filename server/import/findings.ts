/**
 * What the import says about a file, in Dutch, always naming the sheet, the row and the
 * column as the user sees them in Excel ("Blad Indicatoren, rij 7, kolom Streefjaar (Q)").
 */

export type ImportSeverity = 'error' | 'warning';

export interface ImportFinding {
  severity: ImportSeverity;
  /** Sheet name, or the CSV file's name. */
  sheet: string;
  /** Row number as Excel shows it (the header is row 1); null for the file or sheet as a whole. */
  row: number | null;
  /** Column header as in the file, null when the finding is about a whole row or sheet. */
  column: string | null;
  /** Column letter as Excel shows it (A, B, ..., AA). */
  columnLetter: string | null;
  message: string;
}

export interface Place {
  sheet: string;
  row?: number | null;
  column?: string | null;
  /** 1-based column index. */
  columnIndex?: number | null;
}

export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function describePlace(place: Place): string {
  const parts = [`Blad ${place.sheet}`];
  if (place.row != null) parts.push(`rij ${place.row}`);
  if (place.column != null) {
    const letter = place.columnIndex ? ` (${columnLetter(place.columnIndex)})` : '';
    parts.push(`kolom ${place.column ? `"${place.column}"` : 'zonder kop'}${letter}`);
  } else if (place.columnIndex) {
    parts.push(`kolom ${columnLetter(place.columnIndex)}`);
  }
  return parts.join(', ');
}

export function finding(severity: ImportSeverity, place: Place, text: string): ImportFinding {
  return {
    severity,
    sheet: place.sheet,
    row: place.row ?? null,
    column: place.column ?? null,
    columnLetter: place.columnIndex ? columnLetter(place.columnIndex) : null,
    message: `${describePlace(place)}: ${text}`,
  };
}

/** A file the import cannot read at all; nothing else can be said about it. */
export class UnreadableFile extends Error {
  constructor(
    readonly finding: ImportFinding,
  ) {
    super(finding.message);
  }
}

export function hasErrors(findings: readonly ImportFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
