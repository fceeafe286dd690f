import './connection-banner.css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ToneIcon } from '../components/ui/tone-icon.tsx';
import { useTimeZone } from '../components/ui/time-zone.tsx';
import { formatClockTime, timeZoneLabel } from '../lib/format.ts';
import {
  createConnectionTracker,
  OUTCOME_WINDOW_MS,
  outcomeOfError,
  type ConnectionView,
  type QueryOutcome,
} from './connection-banner-state.ts';
import { createLastContactWriter, readLastContact } from './last-contact.ts';

const CONNECTED: ConnectionView = { isLost: false, lastContactAt: null };

/**
 * "Connection lost — retrying · last contact 14:02:10" while no query gets through; it leaves by
 * itself with the first answer. Panels keep their own age labels meanwhile.
 */
export function ConnectionBanner() {
  const queryClient = useQueryClient();
  const timeZone = useTimeZone();
  const [tracker] = useState(() => createConnectionTracker(OUTCOME_WINDOW_MS, readLastContact()));
  const [rememberContact] = useState(createLastContactWriter);
  const [view, setView] = useState<ConnectionView>(CONNECTED);

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'removed') tracker.forget(event.query.queryHash);
        if (event.type !== 'updated') return;
        const { action } = event;
        let outcome: QueryOutcome;
        // `manual` successes are the app writing to its own cache (the stream), not an answer.
        if (action.type === 'success' && !action.manual) outcome = 'answered';
        else if (action.type === 'error') outcome = outcomeOfError(action.error);
        else return;
        tracker.record(event.query.queryHash, outcome, Date.now());
        if (outcome === 'answered') rememberContact(Date.now());
        const next = tracker.view(Date.now());
        // Only a change the banner shows re-renders it: most answers change nothing visible.
        setView((shown) =>
          !next.isLost
            ? CONNECTED
            : shown.isLost && shown.lastContactAt === next.lastContactAt
              ? shown
              : next,
        );
      }),
    [queryClient, tracker, rememberContact],
  );

  if (!view.isLost) return null;
  const lastContact =
    view.lastContactAt === null
      ? 'no contact yet'
      : `last contact ${formatClockTime(view.lastContactAt, { withSeconds: true, timeZone })} ${timeZoneLabel(timeZone, view.lastContactAt)}`;
  return (
    <div className="connection-banner" role="alert">
      <ToneIcon tone="critical" size={20} />
      <p>
        <strong>Connection lost — retrying</strong> · {lastContact}
      </p>
    </div>
  );
}
