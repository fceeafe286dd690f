import { Link } from 'react-router-dom';
import type { AlertEvent } from '../../model/alerts.ts';
import { severityLabel, severityTone } from '../../model/alerts.ts';
import { StatusBadge } from '../ui/status-badge.tsx';
import { useNow } from '../ui/use-now.ts';
import { EventTime } from './event-time.tsx';

export interface AlertRow {
  /** Unique on the page, also for events the API sent without an id. */
  key: string;
  event: AlertEvent;
  /** Where it fired: the server or instance name, linked when the dashboard knows it. */
  where: { label: string; href: string | null };
}

interface AlertTableProps {
  rows: readonly AlertRow[];
  onResolve: ((eventId: string) => void) | null;
  /** Ids being resolved right now (their buttons wait). */
  resolving: ReadonlySet<string>;
}

/** What, where, how bad and since when, one alert per row, with a Resolve button on open ones. */
export function AlertTable({ rows, onResolve, resolving }: AlertTableProps) {
  const now = useNow();
  return (
    <table className="alert-table">
      <thead>
        <tr>
          <th scope="col">Severity</th>
          <th scope="col">What</th>
          <th scope="col">Where</th>
          <th scope="col">Since</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, event, where }) => (
          <tr key={key} className={event.resolved ? 'alert-resolved' : 'alert-open'}>
            <td>
              <StatusBadge tone={severityTone(event.severity)} label={severityLabel(event)} />
            </td>
            <td className="alert-what">
              <strong className="alert-title">{event.title}</strong>
              {event.message ? <p className="alert-message">{event.message}</p> : null}
              {event.details.length > 0 ? (
                <details className="alert-details">
                  <summary>Details</summary>
                  <dl>
                    {event.details.map(([name, text]) => (
                      <div key={name}>
                        <dt>{name}</dt>
                        <dd>{text}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ) : null}
            </td>
            <td className="alert-where">
              {where.href ? <Link to={where.href}>{where.label}</Link> : where.label || '—'}
            </td>
            <td>
              <EventTime at={event.triggeredAt} now={now} />
            </td>
            <td>
              {event.resolved ? (
                <span className="alert-state">
                  Resolved
                  {event.resolvedAt !== null ? (
                    <>
                      {' '}
                      <EventTime at={event.resolvedAt} now={now} />
                    </>
                  ) : null}
                </span>
              ) : onResolve && event.id !== null ? (
                <button
                  type="button"
                  onClick={() => event.id !== null && onResolve(event.id)}
                  disabled={resolving.has(event.id)}
                  aria-label={`Resolve ${event.title}${where.label ? ` on ${where.label}` : ''}`}
                >
                  Resolve
                </button>
              ) : (
                <span className="alert-state">Open</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
