import './live-panel.css';
import '../charts/chart-card.css';
import '../server/server-latest.css';
import { useMemo } from 'react';
import type { InstanceSample } from '../../model/types.ts';
import { formatBytes, formatBytesPair, formatClockTime, formatPercent } from '../../lib/format.ts';
import { INSTANCE_STREAM_INTERVAL_MS } from '../../model/freshness.ts';
import { instanceChartRows } from '../../lib/chart/instance-chart-rows.ts';
import { cpuLimitText, invalidReading } from '../../model/invalid-reading.ts';
import { percentSeverity } from '../../model/thresholds.ts';
import { plausibleBytes, plausibleCpuPercent } from '../../model/validity.ts';
import type { MetricStreamState } from '../../model/stream-state.ts';
import { CardErrorBoundary } from '../ui/card-error-boundary.tsx';
import { ConnectionIndicator } from './connection-indicator.tsx';
import { DataAge } from '../ui/data-age.tsx';
import { InvalidValue } from '../ui/invalid-value.tsx';
import { MetricChart } from '../charts/metric-chart.tsx';
import { useTimeZone } from '../ui/time-zone.tsx';
import { UsageBar } from '../ui/usage-bar.tsx';

interface LivePanelProps {
  stream: Pick<MetricStreamState, 'status' | 'retryAt' | 'message' | 'malformedCount'>;
  /** The last 15 minutes, oldest first. */
  buffer: readonly InstanceSample[];
  latest: InstanceSample | null;
  /** Fallback limit from the instance settings when samples carry none. */
  memoryLimitBytes: number | null;
  /** The host's cores: container CPU above 100 × cores is impossible. */
  cpuCores: number | null;
  windowMs: number;
}

/** Live gauges and a short line, fed by the stream (or by polling while it is down). */
export function LivePanel(props: LivePanelProps) {
  const { stream, buffer, latest, memoryLimitBytes, cpuCores, windowMs } = props;
  const timeZone = useTimeZone();
  const rows = useMemo(
    () => instanceChartRows(buffer, INSTANCE_STREAM_INTERVAL_MS, cpuCores),
    [buffer, cpuCores],
  );
  const end = latest?.collectedAt ?? 0;
  const cpu = latest?.cpuUsagePercent ?? null;
  const cpuValid = cpu === null || plausibleCpuPercent(cpu, cpuCores);
  const cpuInvalid = cpuValid
    ? invalidReading(latest, cpu, 'cpuUsagePercent')
    : { raw: String(cpu), expected: cpuLimitText(cpuCores) };
  const used = latest?.memoryUsedBytes ?? null;
  const limit = latest?.memoryLimitBytes ?? memoryLimitBytes;
  const memoryPercent = used !== null && limit ? (used / limit) * 100 : null;
  const disk = latest?.diskUsedBytes ?? null;
  const diskInvalid =
    disk !== null && !plausibleBytes(disk)
      ? { raw: String(disk), expected: 'a size of 0 or more' }
      : invalidReading(latest, disk, 'diskUsedBytes');
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
          tone={percentSeverity(cpuValid ? cpu : null)}
          valueText={formatPercent(cpu)}
          invalid={cpuInvalid}
        />
        <UsageBar
          label="Memory"
          percent={memoryPercent}
          tone={percentSeverity(memoryPercent)}
          valueText={`${formatBytesPair(used, limit)} · ${formatPercent(memoryPercent, 0)}`}
          invalid={invalidReading(latest, used, 'memoryUsedBytes')}
        />
        <div className="latest-figure">
          <span className="usage-bar-label">Disk used</span>
          <span className="latest-figure-value">
            {diskInvalid ? <InvalidValue {...diskInvalid} /> : formatBytes(disk)}
          </span>
        </div>
      </div>
      {stream.malformedCount > 0 ? (
        <p className="muted live-malformed" role="note">
          {stream.malformedCount === 1
            ? '1 unreadable live update was ignored'
            : `${stream.malformedCount} unreadable live updates were ignored`}
          ; the values shown are the last readable ones.
        </p>
      ) : null}
      <div className="chart-card-body live-line">
        {rows.length > 0 ? (
          <CardErrorBoundary title="The live CPU line">
            <MetricChart
              rows={rows}
              series={[{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }]}
              xDomain={[end - windowMs, end]}
              formatValue={(value) => `${Math.round(value)} %`}
              formatTime={(t) => formatClockTime(t, { timeZone })}
              formatTooltipTime={(t) => formatClockTime(t, { withSeconds: true, timeZone })}
              height={140}
            />
          </CardErrorBoundary>
        ) : (
          <p className="chart-card-empty">Waiting for the first live sample…</p>
        )}
      </div>
    </section>
  );
}
