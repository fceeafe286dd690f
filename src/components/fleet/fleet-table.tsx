import './fleet-table.css';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import {
  formatBytesPair,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRate,
  MISSING,
} from '../../lib/format.ts';
import { pairRate } from '../../lib/series/network-rates.ts';
import type { HealthRow } from '../../model/fleet-rows.ts';
import type { StatusCount } from '../../model/instance-counts.ts';
import { invalidReading, type InvalidReading } from '../../model/invalid-reading.ts';
import { serverStatusTone, statusText, type Tone } from '../../model/status-tone.ts';
import { DataAge } from '../ui/data-age.tsx';
import { InvalidValue } from '../ui/invalid-value.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';
import { useVisibleIds } from './use-visible-ids.ts';

interface FleetTableProps {
  rows: HealthRow[];
  reportIntervalMs: number;
  onVisibleChange: (ids: ReadonlySet<string>) => void;
}

/** The fleet as one accessible table; rows report when they scroll into view. */
export function FleetTable({ rows, reportIntervalMs, onVisibleChange }: FleetTableProps) {
  const trackRow = useVisibleIds(onVisibleChange);
  return (
    <div className="table-scroll">
      <table className="fleet-table">
        <caption className="visually-hidden">Servers, worst first unless sorted otherwise</caption>
        <thead>
          <tr>
            <th scope="col">Server</th>
            <th scope="col">Status</th>
            <th scope="col">CPU</th>
            <th scope="col">Memory</th>
            <th scope="col">Disk</th>
            <th scope="col">Load 1 m</th>
            <th scope="col">Network ↓ / ↑</th>
            <th scope="col">Uptime</th>
            <th scope="col">Last report</th>
            <th scope="col">Instances</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FleetTableRow
              key={row.server.id}
              row={row}
              trackRow={trackRow}
              reportIntervalMs={reportIntervalMs}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: HealthRow;
  trackRow: (element: HTMLElement | null) => void;
  reportIntervalMs: number;
}

const FleetTableRow = memo(function FleetTableRow({ row, trackRow, reportIntervalMs }: RowProps) {
  const { server, sample, previous, health } = row;
  const cores = server.cpuCores;
  const uptimeInvalid = invalidReading(sample, sample?.uptimeSeconds, 'uptimeSeconds');
  return (
    <tr ref={trackRow} data-id={server.id} className="fleet-row">
      <th scope="row">
        {row.href ? (
          <Link to={row.href} className="truncate server-name" title={server.name}>
            {server.name || server.id}
          </Link>
        ) : (
          <span className="truncate server-name" title={server.name}>
            {server.name || server.id}
          </span>
        )}
        <span className="truncate muted server-host" title={server.host}>
          {server.host}
        </span>
      </th>
      <td>
        <StatusBadge
          tone={serverStatusTone(server.status)}
          label={statusText(server.status)}
          title={server.statusMessage}
        />
      </td>
      <MetricCell
        tone={health.cpu}
        text={formatPercent(sample?.cpuUsagePercent ?? null)}
        invalid={invalidReading(sample, sample?.cpuUsagePercent, 'cpuUsagePercent')}
      />
      <MetricCell
        tone={health.memory}
        text={formatPercent(sample?.ramUsagePercent ?? null, 0)}
        detail={sample ? formatBytesPair(sample.ramUsedBytes, sample.ramTotalBytes) : null}
        invalid={invalidReading(sample, sample?.ramUsagePercent, 'ramUsagePercent', 'ramUsedBytes')}
      />
      <MetricCell
        tone={health.disk}
        text={formatPercent(sample?.diskUsagePercent ?? null, 0)}
        detail={sample ? formatBytesPair(sample.diskUsedBytes, sample.diskTotalBytes) : null}
        invalid={invalidReading(
          sample,
          sample?.diskUsagePercent,
          'diskUsagePercent',
          'diskUsedBytes',
        )}
      />
      <MetricCell
        tone={health.load}
        text={formatNumber(sample?.cpuLoad1m ?? null, 2)}
        detail={cores ? `of ${cores} cores` : null}
        invalid={invalidReading(sample, sample?.cpuLoad1m, 'cpuLoad1m')}
      />
      <td className="num">
        {formatRate(pairRate(previous, sample, 'networkRxBytes'))} /{' '}
        {formatRate(pairRate(previous, sample, 'networkTxBytes'))}
      </td>
      <td className="num">
        {uptimeInvalid ? (
          <InvalidValue {...uptimeInvalid} />
        ) : (
          formatDuration(sample?.uptimeSeconds ?? null)
        )}
      </td>
      <td>
        {health.hasReported ? (
          <DataAge
            collectedAt={sample?.collectedAt ?? server.lastSeenAt}
            expectedIntervalMs={reportIntervalMs}
            prefix=""
          />
        ) : (
          <span className="muted">Not reported yet</span>
        )}
      </td>
      <td>
        <InstanceCounts counts={row.instances} />
      </td>
    </tr>
  );
});

interface MetricCellProps {
  tone: Tone;
  text: string;
  detail?: string | null;
  /** The API sent nonsense for this cell: say so rather than show "—". */
  invalid?: InvalidReading | null;
}

function MetricCell({ tone, text, detail, invalid }: MetricCellProps) {
  return (
    <td className={`num metric-cell tone-${tone}`}>
      {tone === 'warning' || tone === 'critical' ? <ToneIcon tone={tone} size={14} /> : null}
      {invalid ? <InvalidValue {...invalid} /> : <span className="metric-cell-value">{text}</span>}
      {detail ? <span className="metric-cell-detail muted">{detail}</span> : null}
      {tone === 'warning' || tone === 'critical' ? (
        <span className="visually-hidden"> ({tone})</span>
      ) : null}
    </td>
  );
}

function InstanceCounts({ counts }: { counts: StatusCount[] | null }) {
  if (counts === null) return <span className="muted">{MISSING}</span>;
  if (counts.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="instance-counts">
      {counts.map(({ status, count, tone }) => (
        <li key={status} className={`tone-${tone}`}>
          <ToneIcon tone={tone} size={12} />
          <span className="instance-count-text">
            {count} {status}
          </span>
        </li>
      ))}
    </ul>
  );
}
