import './fleet-cards.css';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { HEALTH_CATEGORIES } from '../../model/fleet/fleet-health.ts';
import { serverStatusTone, statusText } from '../../model/fleet/status-tone.ts';
import { StatusBadge } from '../ui/status-badge.tsx';
import { fleetReadings, InstanceCounts, LastReport, ReadingValue } from './fleet-readings.tsx';
import type { HealthRow } from '../../model/fleet/fleet-rows.ts';
import { useVisibleIds } from './use-visible-ids.ts';

const CARD_LOOKAHEAD = '1500px 0px';

interface FleetCardsProps {
  rows: readonly HealthRow[];
  reportIntervalMs: number;
  onVisibleChange: (ids: ReadonlySet<string>) => void;
}

/** The fleet on a phone: one card per server in the table's order, each card a link. */
export function FleetCards({ rows, reportIntervalMs, onVisibleChange }: FleetCardsProps) {
  // A card is three table rows tall: look as many rows ahead as the table does.
  const trackCard = useVisibleIds(onVisibleChange, CARD_LOOKAHEAD);
  return (
    <ol className="fleet-cards" aria-label="Servers, worst first unless sorted otherwise">
      {rows.map((row) => (
        <FleetCard
          key={row.server.id}
          row={row}
          trackCard={trackCard}
          reportIntervalMs={reportIntervalMs}
        />
      ))}
    </ol>
  );
}

interface CardProps {
  row: HealthRow;
  trackCard: (element: HTMLElement | null) => void;
  reportIntervalMs: number;
}

const FleetCard = memo(function FleetCard({ row, trackCard, reportIntervalMs }: CardProps) {
  const { server, health } = row;
  return (
    <li
      ref={trackCard}
      data-id={server.id}
      data-health={health.category}
      className={`fleet-card fleet-card-${HEALTH_CATEGORIES[health.category].tone}`}
    >
      <div className="fleet-card-head">
        {/* The link's ::after covers the card, so a tap anywhere on it opens the server. */}
        {row.href ? (
          <Link to={row.href} className="fleet-card-link truncate" title={server.name}>
            {server.name || server.id}
          </Link>
        ) : (
          <span className="fleet-card-name truncate" title={server.name}>
            {server.name || server.id}
          </span>
        )}
        <StatusBadge
          tone={serverStatusTone(server.status)}
          label={statusText(server.status)}
          title={server.statusMessage}
        />
      </div>
      <span className="fleet-card-host truncate muted" title={server.host}>
        {server.host}
      </span>
      <dl className="fleet-card-readings">
        {fleetReadings(row).map((reading) => (
          <div
            key={reading.label}
            className={`fleet-card-reading metric-cell tone-${reading.tone}`}
          >
            <dt>{reading.label}</dt>
            <dd>
              <ReadingValue {...reading} />
            </dd>
          </div>
        ))}
      </dl>
      <div className="fleet-card-foot">
        <span className="fleet-card-age">
          <span className="muted">Last report </span>
          <LastReport row={row} reportIntervalMs={reportIntervalMs} />
        </span>
        <InstanceCounts counts={row.instances} />
      </div>
    </li>
  );
});
