import type { TooltipContentProps } from 'recharts';
import { thenKey } from '../../../lib/chart-window/compare-ghost.ts';
import type { SeriesConfig } from '../specs/series-config.ts';
import { seriesDash } from '../specs/series-style.ts';
import { LineSample } from './chart-legend.tsx';

interface ChartTooltipProps extends TooltipContentProps {
  series: readonly SeriesConfig[];
  hiddenKeys: readonly string[];
  formatValue: (value: number) => string;
  formatTime: (t: number) => string;
  /** "same time yesterday" when the previous period is drawn behind the first series. */
  ghostLabel: string | null;
}

const show = (value: number | null | undefined, format: (value: number) => string) =>
  value === null || value === undefined ? 'no data' : format(value);

function signed(value: number, format: (value: number) => string): string {
  return value >= 0 ? `+${format(value)}` : `−${format(-value)}`;
}

/** The hovered instant: each visible series' value; with compare, now, then and the difference. */
export function ChartTooltip(props: ChartTooltipProps) {
  const { active, payload, label, series, hiddenKeys, formatValue, formatTime, ghostLabel } = props;
  if (!active || !payload?.length || typeof label !== 'number') return null;
  const row = payload[0]?.payload as Record<string, number | null> | undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-time">{formatTime(label)}</p>
      {series.map((item, index) => {
        if (hiddenKeys.includes(item.key)) return null;
        const value = row[item.key];
        const then = index === 0 && ghostLabel ? row[thenKey(item.key)] : undefined;
        return (
          <div key={item.key}>
            <p>
              <LineSample color={item.color} dash={seriesDash(index)} width={18} /> {item.label}:{' '}
              {show(value, formatValue)}
              {then !== undefined ? ' now' : ''}
            </p>
            {then !== undefined ? (
              <p className="chart-tooltip-then">
                {ghostLabel}: {show(then, formatValue)}
                {typeof value === 'number' && typeof then === 'number'
                  ? ` · difference ${signed(value - then, formatValue)}`
                  : ''}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
