import './fleet-table.css';
import './fleet-table-medium.css';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { formatDuration, formatRate } from '../../lib/format.ts';
import { pairRate } from '../../lib/series/network-rates.ts';
import type { HealthRow } from '../../model/fleet/fleet-rows.ts';
import { invalidReading } from '../../model/invalid-reading.ts';
import { serverStatusTone, statusText } from '../../model/fleet/status-tone.ts';
import { InvalidValue } from '../ui/invalid-value.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { fleetReadings, InstanceCounts, LastReport, ReadingValue } from './fleet-readings.tsx';
import { useVisibleIds } from './use-visible-ids.ts';
import { useWindowRows } from './use-window-rows.ts';

// Every row is this tall (fleet-table.css keeps them so), which lets 10,000 rows be a screenful.
const ROW_HEIGHT = 60;
const COLUMNS = 10;

interface FleetTableProps {
  rows: readonly HealthRow[];
  reportIntervalMs: number;
  onVisibleChange: (ids: ReadonlySet<string>) => void;
}

/**
 * The fleet as one accessible table; only the rows near the screen are in the DOM (the table says
 * how many there are), and rows report when they scroll into view.
 */
export function FleetTable({ rows, reportIntervalMs, onVisibleChange }: FleetTableProps) {
  const trackRow = useVisibleIds(onVisibleChange);
  const { listRef, start, end, spaceBefore, spaceAfter } = useWindowRows(rows.length, ROW_HEIGHT);
  return (
    <div className="table-scroll">
      <table className="fleet-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Servers, worst first unless sorted otherwise</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Server</th>
            <th scope="col">Status</th>
            <th scope="col">CPU</th>
            <th scope="col">Memory</th>
            <th scope="col">Disk</th>
            <th scope="col">Load 1 m</th>
            <th scope="col">Network ↓ / ↑</th>
            <th scope="col" className="uptime-cell">
              Uptime
            </th>
            <th scope="col">Last report</th>
            <th scope="col">Instances</th>
          </tr>
        </thead>
        <tbody ref={listRef}>
          {spaceBefore > 0 ? <SpacerRow height={spaceBefore} /> : null}
          {rows.slice(start, end).map((row, offset) => (
            <FleetTableRow
              key={row.server.id}
              row={row}
              rowIndex={start + offset + 2}
              trackRow={trackRow}
              reportIntervalMs={reportIntervalMs}
            />
          ))}
          {spaceAfter > 0 ? <SpacerRow height={spaceAfter} /> : null}
        </tbody>
      </table>
    </div>
  );
}

/** Keeps the height of the rows not drawn, so the scrollbar and the page stay true. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="fleet-spacer">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );
}

interface RowProps {
  row: HealthRow;
  /** 1-based among all rows, the header row being 1. */
  rowIndex: number;
  trackRow: (element: HTMLElement | null) => void;
  reportIntervalMs: number;
}

const FleetTableRow = memo(function FleetTableRow({
  row,
  rowIndex,
  trackRow,
  reportIntervalMs,
}: RowProps) {
  const { server, sample, previous } = row;
  const uptimeInvalid = invalidReading(sample, sample?.uptimeSeconds, 'uptimeSeconds');
  return (
    <tr ref={trackRow} data-id={server.id} className="fleet-row" aria-rowindex={rowIndex}>
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
      {fleetReadings(row).map((reading) => (
        <td key={reading.label} className={`num metric-cell tone-${reading.tone}`}>
          <ReadingValue {...reading} />
        </td>
      ))}
      <td className="num network-cell">
        <span className="network-rate">
          {formatRate(pairRate(previous, sample, 'networkRxBytes'))}
        </span>
        <span className="network-separator"> / </span>
        <span className="network-rate">
          {formatRate(pairRate(previous, sample, 'networkTxBytes'))}
        </span>
      </td>
      <td className="num uptime-cell">
        {uptimeInvalid ? (
          <InvalidValue {...uptimeInvalid} />
        ) : (
          formatDuration(sample?.uptimeSeconds ?? null)
        )}
      </td>
      <td>
        <LastReport row={row} reportIntervalMs={reportIntervalMs} />
      </td>
      <td>
        <InstanceCounts counts={row.instances} />
      </td>
    </tr>
  );
});
