type Row = Readonly<Record<string, number | null>>;

/** The newest non-null value of one key in time-sorted rows. */
export function lastValue(rows: readonly Row[], key: string): number | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = rows[i][key];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** The largest value of one key, or null when there is none. */
export function peakValue(rows: readonly Row[], key: string): number | null {
  let max: number | null = null;
  for (const row of rows) {
    const value = row[key];
    if (value !== null && value !== undefined && (max === null || value > max)) max = value;
  }
  return max;
}

/** The largest value in any of the columns, at least 0 (an axis for nothing starts at zero). */
export function maxOfColumns(rows: readonly Row[], columns: readonly string[]): number {
  let max = 0;
  for (const row of rows) {
    for (const key of columns) {
      const value = row[key];
      if (value !== null && value !== undefined && value > max) max = value;
    }
  }
  return max;
}
