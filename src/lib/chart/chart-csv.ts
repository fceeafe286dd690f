// CSV of a chart's raw rows (RFC 4180: quoted where needed, CRLF line ends), for spreadsheets.

export interface CsvColumn {
  key: string;
  label: string;
  /** Appended to the header: "Used (bytes)". */
  unit?: string;
}

type Row = { t: number } & Readonly<Record<string, number | null | undefined>>;

/** Quotes a text cell when it must be, and defuses text a spreadsheet would run as a formula. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCell(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * One line per row with at least one value (the gap markers charts insert are not samples),
 * time in ISO 8601 UTC, one column per series with its unit in the header.
 */
export function chartCsv(rows: readonly Row[], columns: readonly CsvColumn[]): string {
  const header = [
    'time (ISO 8601, UTC)',
    ...columns.map((column) =>
      csvCell(column.unit ? `${column.label} (${column.unit})` : column.label),
    ),
  ];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells = columns.map((column) => numberCell(row[column.key]));
    if (cells.every((cell) => cell === '')) continue;
    lines.push([new Date(row.t).toISOString(), ...cells].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** "cpu-usage_2025-12-01T12-00-00Z_2025-12-01T13-00-00Z.csv": safe on every file system. */
export function csvFileName(title: string, window: readonly [number, number]): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart';
  const stamp = (t: number) =>
    new Date(t)
      .toISOString()
      .replace(/\.\d{3}/, '')
      .replace(/:/g, '-');
  return `${slug}_${stamp(window[0])}_${stamp(window[1])}.csv`;
}
