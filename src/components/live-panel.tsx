import { useMemo } from 'react';
import type { InstanceSample } from '../api/types.ts';
import { formatBytes, formatBytesPair, formatClockTime, formatPercent } from '../lib/format.ts';
import { INSTANCE_STREAM_INTERVAL_MS } from '../lib/freshness.ts';
import { instanceChartRows } from '../lib/instance-chart-rows.ts';
import { percentSeverity } from '../lib/thresholds.ts';
import { plausibleBytes, plausibleCpuPercent } from '../lib/validity.ts';
import type { MetricStreamState } from '../queries/metric-stream-state.ts';
import { ConnectionIndicator } from './connection-indicator.tsx';
import { DataAge } from './data-age.tsx';
import { MetricChart } from './metric-chart.tsx';
import { useTimeZone } from './time-zone.tsx';
import { UsageBar } from './usage-bar.tsx';

interface LivePanelProps {
  stream: Pick<MetricStreamState, 'status' | 'retryAt' | 'message'>;
  /** The last 15 minutes, oldest first. */
  buffer: readonly InstanceSample[];
  latest: InstanceSample | null;
  /** Fallback limit from the instance settings when samples carry none. */
  memoryLimitBytes: number | null;
  windowMs: number;
}

/** Live gauges and a short line, fed by the stream (or by polling while it is down). */
export function LivePanel({ stream, buffer, latest, memoryLimitBytes, windowMs }: LivePanelProps) {
  const timeZone = useTimeZone();
  const rows = useMemo(() => instanceChartRows(buffer, INSTANCE_STREAM_INTERVAL_MS), [buffer]);
  const end = latest?.collectedAt ?? 0;
  const cpu = latest?.cpuUsagePercent ?? null;
  const cpuValid = cpu === null || plausibleCpuPercent(cpu);
  const used = latest?.memoryUsedBytes ?? null;
  const limit = latest?.memoryLimitBytes ?? memoryLimitBytes;
  const memoryPercent = used !== null && limit ? (used / limit) * 100 : null;
  const disk = latest?.diskUsedBytes ?? null;
  return (
    <section className="live-panel chart-card" aria-labelledby="live-title">
      <header className="chart-card-header">
        <h2 id="live-title">Live</h2>
        <ConnectionIndicator
          status={stream.status}
          retryAt={stream.retryAt}
          message={stream.message}
        />
        <DataAge
          collectedAt={latest?.collectedAt ?? null}
          expectedIntervalMs={INSTANCE_STREAM_INTERVAL_MS}
        />
      </header>
      <div className="live-gauges">
        <UsageBar
          label="CPU"
          percent={cpuValid && cpu !== null ? Math.min(cpu, 100) : null}
          tone={cpuValid ? percentSeverity(cpu) : 'unknown'}
          valueText={cpuValid ? formatPercent(cpu) : `invalid (${String(cpu)})`}
        />
        <UsageBar
          label="Memory"
          percent={memoryPercent}
          tone={percentSeverity(memoryPercent)}
          valueText={`${formatBytesPair(used, limit)} · ${formatPercent(memoryPercent, 0)}`}
        />
        <div className="latest-figure">
          <span className="usage-bar-label">Disk used</span>
          <span className="latest-figure-value">
            {disk === null || plausibleBytes(disk)
              ? formatBytes(disk)
              : `invalid (${String(disk)})`}
          </span>
        </div>
      </div>
      <div className="chart-card-body live-line">
        {rows.length > 0 ? (
          <MetricChart
            rows={rows}
            series={[{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }]}
            xDomain={[end - windowMs, end]}
            formatValue={(value) => `${Math.round(value)} %`}
            formatTime={(t) => formatClockTime(t, { timeZone })}
            formatTooltipTime={(t) => formatClockTime(t, { withSeconds: true, timeZone })}
            height={140}
          />
        ) : (
          <p className="chart-card-empty">Waiting for the first live sample…</p>
        )}
      </div>
    </section>
  );
}
