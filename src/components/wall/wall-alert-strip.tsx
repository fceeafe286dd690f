import './wall-alert-strip.css';
import { useRef } from 'react';
import { formatAge } from '../../lib/format.ts';
import { alertStripLayout } from '../../lib/wall-layout.ts';
import { severityLabel, severityTone, type AlertEvent } from '../../model/alerts.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import { ToneIcon } from '../ui/tone-icon.tsx';
import { useNow } from '../ui/use-now.ts';

export interface WallAlert {
  key: string;
  event: AlertEvent;
  /** The server or instance it fired on, by name. */
  where: string;
}

interface WallAlertStripProps {
  /** Newest first; null while never loaded. */
  alerts: readonly WallAlert[] | null;
  /** All open alerts (the strip may hold fewer). */
  total: number | null;
  failed: boolean;
}

/** The newest open alerts in one band across the wall, big enough to read from three metres. */
export function WallAlertStrip({ alerts, total, failed }: WallAlertStripProps) {
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref);
  const now = useNow();
  const open = total ?? alerts?.length ?? 0;
  // Three at most: fewer, wider items keep titles whole at three metres.
  const layout = alertStripLayout(width || 1280, alerts?.length ?? 0, 320, 3);
  const shown = alerts?.slice(0, layout.shown) ?? [];
  const more = open - shown.length;
  return (
    <section ref={ref} className="wall-alerts" aria-label="Newest open alerts">
      {alerts === null ? (
        <p className="wall-alerts-note">
          {failed ? 'Alerts could not be loaded' : 'Loading alerts…'}
        </p>
      ) : open === 0 ? (
        <p className="wall-alerts-note tone-ok">
          <ToneIcon tone="ok" size={20} /> <span>No open alerts</span>
        </p>
      ) : (
        <ol className="wall-alerts-list">
          {shown.map(({ key, event, where }) => {
            const tone = severityTone(event.severity);
            return (
              <li key={key} className={`wall-alert tone-${tone}`}>
                <ToneIcon tone={tone} size={20} />
                <span className="wall-alert-text">
                  <strong>{event.title}</strong>
                  <span className="visually-hidden"> ({severityLabel(event)})</span>
                  {where ? <span className="wall-alert-where"> · {where}</span> : null}
                </span>
                {event.triggeredAt !== null ? (
                  <span className="wall-alert-age">{formatAge(now - event.triggeredAt)}</span>
                ) : null}
              </li>
            );
          })}
          {more > 0 ? (
            <li className="wall-alert wall-alert-more">
              + {more} {shown.length === 0 ? 'open' : 'more'} alert{more === 1 ? '' : 's'}
            </li>
          ) : null}
        </ol>
      )}
      {failed && alerts !== null ? <p className="wall-alerts-note">Alerts not current</p> : null}
    </section>
  );
}
