// Markdown tables on stdout, so a run can be pasted into docs/performance.md as it is.
import type { Spread } from './stats.ts';

export function printTable(title: string, header: readonly string[], rows: readonly string[][]) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (cell ?? '').padEnd(widths[column])).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

export function fixed(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** "123 (110–140)": median with min–max. */
export function formatSpread({ median, min, max }: Spread, digits = 0): string {
  return `${fixed(median, digits)} (${fixed(min, digits)}–${fixed(max, digits)})`;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function verdict(holds: boolean): string {
  return holds ? 'holds' : 'MISSED';
}
