/**
 * All measurements of a programme, for the controller and for re-import: JSON, CSV (Dutch Excel:
 * BOM, semicolons, decimal commas) and xlsx. CSV and xlsx have the columns of the Metingen sheet
 * of the full workbook (sheets.ts), so the measurement import reads them back; the template is
 * the same sheet with one empty line per indicator, its id and code filled in.
 */
import type { Measurement, Programme } from '../../shared/model/types.ts';
import { indicatorPlaces, parsePeriod } from '../../shared/monitoring/index.ts';
import { fieldsOf } from '../../shared/schema/index.ts';
import { BOM, SEPARATOR, csvField } from './csv.ts';
import { CONTENT_TYPES, cleanFileName, type ExportFormat } from './file-name.ts';
import { sheetOf, sheetRows, type SheetRow } from './sheets.ts';

const MEASUREMENT_FORMATS = ['json', 'csv', 'xlsx'] as const;
type MeasurementFormat = (typeof MEASUREMENT_FORMATS)[number];

export function isMeasurementFormat(value: unknown): value is MeasurementFormat {
  return typeof value === 'string' && (MEASUREMENT_FORMATS as readonly string[]).includes(value);
}

export interface MeasurementFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

interface MeasurementEntry extends Measurement {
  indicatorId: string;
  indicatorKind: 'goalIndicator' | 'resultIndicator';
  indicatorCode: string;
  indicator: string;
  /** The period as Koers reads it (null when it cannot): canonical key and Dutch label. */
  periodKey: string | null;
  periodLabel: string | null;
}

function entries(programme: Programme): MeasurementEntry[] {
  return indicatorPlaces(programme).flatMap((place) =>
    place.indicator.measurements.map((m) => {
      const period = parsePeriod(m.period);
      return {
        indicatorId: place.id,
        indicatorKind: place.kind,
        indicatorCode: place.code,
        indicator: place.text,
        ...m,
        periodKey: period?.key ?? null,
        periodLabel: period?.label ?? null,
      };
    }),
  );
}

/** One empty line per indicator: what an officer fills in and imports. */
function templateRows(programme: Programme): SheetRow[] {
  const empty = Object.fromEntries(fieldsOf('measurement').map(([name, f]) => [name, f.empty]));
  return indicatorPlaces(programme).map((place) => ({
    programme,
    kind: 'measurement',
    id: '',
    parentId: place.id,
    parentKind: place.kind,
    parentCode: place.code,
    goalCode: place.goalCode,
    parentLabel: place.text,
    entity: { id: '', ...empty },
  }));
}

function csv(rows: readonly SheetRow[]): Uint8Array {
  const { columns } = sheetOf('measurement');
  const lines = [columns.map((c) => csvField(c.header)).join(SEPARATOR), ...rows.map((r) => columns.map((c) => csvField(c.value(r))).join(SEPARATOR))];
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

function fileName(programme: Programme, what: string, date: string, format: ExportFormat): string {
  return `${cleanFileName(`${programme.name || programme.id} - ${what} ${date}`)}.${format}`;
}

/** The measurements (or, with `template`, the empty template) as a file. `date` is yyyy-mm-dd for the name. */
export async function renderMeasurements(programme: Programme, format: MeasurementFormat, date: string, template = false): Promise<MeasurementFile> {
  const rows = template ? templateRows(programme) : sheetRows(programme).measurement;
  const what = template ? 'sjabloon metingen' : 'metingen';
  let body: Uint8Array;
  switch (format) {
    case 'json':
      body = new TextEncoder().encode(JSON.stringify({ documentId: programme.id, measurements: template ? [] : entries(programme) }, null, 2));
      break;
    case 'csv':
      body = csv(rows);
      break;
    case 'xlsx':
      // exceljs is large: loaded on the first xlsx, as the other exports do.
      body = await (await import('./xlsx.ts')).renderSheetXlsx('measurement', rows, `${programme.name} - ${what}`);
      break;
  }
  return { body, contentType: CONTENT_TYPES[format], fileName: fileName(programme, what, date, format) };
}
