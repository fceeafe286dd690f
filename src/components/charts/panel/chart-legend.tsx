import type { SeriesConfig } from '../specs/series-config.ts';
import { GHOST_STYLE, seriesDash } from '../specs/series-style.ts';

interface ChartLegendProps {
  series: readonly SeriesConfig[];
  hiddenKeys: readonly string[];
  /** The newest value of each series in the window, formatted. */
  latestText: (key: string) => string;
  onToggle: (key: string) => void;
  /** With compare on: "same time yesterday", drawn as the first series' ghost. */
  ghostLabel: string | null;
}

/** A short stretch of a series' line: its colour and its dash pattern. */
export function LineSample(props: {
  color: string;
  dash?: string;
  opacity?: number;
  width?: number;
}) {
  const { color, dash, opacity, width = 24 } = props;
  return (
    <svg className="legend-sample" width={width} height="8" aria-hidden="true">
      <line
        x1="0"
        y1="4"
        x2={width}
        y2="4"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={dash}
        strokeOpacity={opacity}
      />
    </svg>
  );
}

/**
 * Name, line sample (colour and dash) and latest value per series; each entry is a toggle
 * button (click, Enter or Space), and the last visible series cannot be hidden.
 */
export function ChartLegend(props: ChartLegendProps) {
  const { series, hiddenKeys, latestText, onToggle, ghostLabel } = props;
  const visibleCount = series.filter((item) => !hiddenKeys.includes(item.key)).length;
  return (
    <ul className="chart-legend" aria-label="Series">
      {series.map((item, index) => {
        const isShown = !hiddenKeys.includes(item.key);
        const isLast = isShown && visibleCount === 1;
        return (
          <li key={item.key}>
            <button
              type="button"
              aria-pressed={isShown}
              aria-disabled={isLast || undefined}
              title={isLast ? 'At least one series stays visible' : undefined}
              onClick={() => {
                if (!isLast) onToggle(item.key);
              }}
            >
              <LineSample color={item.color} dash={seriesDash(index)} />
              <span className="legend-name">{item.label}</span>{' '}
              <span className="legend-value">{latestText(item.key)}</span>
            </button>
          </li>
        );
      })}
      {ghostLabel && series[0] ? (
        <li className="legend-ghost">
          <LineSample
            color={series[0].color}
            dash={GHOST_STYLE.strokeDasharray}
            opacity={GHOST_STYLE.strokeOpacity}
          />
          <span className="legend-name">
            {series[0].label}, {ghostLabel}
          </span>
        </li>
      ) : null}
    </ul>
  );
}
