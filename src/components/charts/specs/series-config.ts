/** One line on a chart. */
export interface SeriesConfig {
  key: string;
  label: string;
  /** A CSS colour, normally a theme variable such as var(--series-1). */
  color: string;
}

/** A horizontal threshold line, e.g. "Warning 80 %". */
export interface ChartReference {
  y: number;
  label: string;
  color: string;
}
