import './wall-tile.css';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../lib/format.ts';
import { HEALTH_CATEGORIES, serverDisplayName } from '../../model/fleet/fleet-health.ts';
import type { HealthRow } from '../../model/fleet/fleet-rows.ts';
import type { StatusCount } from '../../model/fleet/instance-counts.ts';
import type { Tone } from '../../model/fleet/status-tone.ts';
import { statusText } from '../../model/fleet/status-tone.ts';
import { DataAge } from '../ui/data-age.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';

// Seen from across the room, an age in 10 s steps says as much, and a wall of tiles redraws
// every 10 s instead of every second.
const WALL_AGE_STEP_SECONDS = 10;

interface WallTileProps {
  row: HealthRow;
  reportIntervalMs: number;
}

/** One server, readable from across the room: verdict, three big numbers, instances, data age. */
export const WallTile = memo(function WallTile({ row, reportIntervalMs }: WallTileProps) {
  const { server, sample, health } = row;
  const { label, tone } = HEALTH_CATEGORIES[health.category];
  // The API's own word when it says more than "active" (unreachable, provisioning, …).
  const verdict = server.status === 'active' ? statusText(label) : statusText(server.status);
  const name = serverDisplayName(server);
  const lastReport = sample?.collectedAt ?? server.lastSeenAt;
  return (
    <li className={`wall-tile wall-tile-${tone}${health.isStale ? ' is-stale' : ''}`}>
      <header className="wall-tile-head">
        <h2 className="wall-tile-name" title={name}>
          {row.href ? <Link to={row.href}>{name}</Link> : name}
        </h2>
        <p className={`wall-tile-verdict tone-${tone}`}>
          <ToneIcon tone={tone} size={22} />
          <span>{verdict}</span>
        </p>
      </header>
      <dl className="wall-tile-metrics">
        <Metric label="CPU" value={sample?.cpuUsagePercent ?? null} tone={health.cpu} />
        <Metric label="Memory" value={sample?.ramUsagePercent ?? null} tone={health.memory} />
        <Metric label="Disk" value={sample?.diskUsagePercent ?? null} tone={health.disk} />
      </dl>
      <div className="wall-tile-line">
        <p className={`wall-tile-load tone-${health.load}`}>
          {health.load === 'warning' || health.load === 'critical' ? (
            <ToneIcon tone={health.load} size={16} />
          ) : null}
          Load {formatNumber(sample?.cpuLoad1m ?? null, 2)}
          {server.cpuCores ? ` / ${server.cpuCores} cores` : ''}
        </p>
        <p className="wall-tile-age">
          {lastReport !== null ? (
            <DataAge
              collectedAt={lastReport}
              expectedIntervalMs={reportIntervalMs}
              secondsStep={WALL_AGE_STEP_SECONDS}
            />
          ) : (
            <span className="data-age">
              Not reported yet
              {server.provisioningStep ? ` (${server.provisioningStep.replaceAll('_', ' ')})` : ''}
            </span>
          )}
        </p>
      </div>
      <InstanceCounts counts={row.instances} />
    </li>
  );
});

function Metric({ label, value, tone }: { label: string; value: number | null; tone: Tone }) {
  const flagged = tone === 'warning' || tone === 'critical';
  return (
    <div className={`wall-metric tone-${tone}`}>
      <dt>{label}</dt>
      <dd>
        {flagged ? <ToneIcon tone={tone} size={20} /> : null}
        <span className="wall-metric-value">{formatNumber(value, 0)}</span>
        {value === null ? null : <span className="wall-metric-unit">%</span>}
        {flagged ? <span className="visually-hidden"> ({tone})</span> : null}
      </dd>
    </div>
  );
}

/** `null`: the instance list has not been read (failed or still loading), so nothing is known. */
function InstanceCounts({ counts }: { counts: StatusCount[] | null }) {
  if (counts === null) {
    return <p className="wall-tile-instances muted">Instance counts unavailable</p>;
  }
  if (counts.length === 0) return <p className="wall-tile-instances muted">No instances</p>;
  return (
    <ul className="wall-tile-instances" aria-label="Instances">
      {counts.map(({ status, count, tone }) => (
        <li key={status} className={`tone-${tone}`}>
          <ToneIcon tone={tone} size={14} />
          <span>
            {count} {status}
          </span>
        </li>
      ))}
    </ul>
  );
}
