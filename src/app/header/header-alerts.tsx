import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigation } from 'react-router-dom';
import { AlertCountBadge } from '../../components/alerts/alert-count-badge.tsx';
import { faviconWithAlertCount, titleWithAlertCount } from '../../lib/alert-badge.ts';
import { alertCountOptions } from '../../queries/alerts/alert-queries.ts';
import { useApiClient } from '../../queries/api-client-context.tsx';
import { paths, routePatterns } from '../../routes/paths.ts';

const PLAIN_ICON = '/favicon.svg';

/** The open-alert count in the header, the tab title and the favicon, refreshed every 30 s. */
export function HeaderAlerts({ linked }: { linked: boolean }) {
  const client = useApiClient();
  // Signing in is the one page with no credentials to ask with; and while a navigation (such as
  // signing out) is under way, asking with the credentials being replaced would race it.
  const signingIn = useLocation().pathname === routePatterns.login;
  const navigating = useNavigation().state !== 'idle';
  const countQuery = useQuery({
    ...alertCountOptions(client),
    enabled: !signingIn && !navigating,
  });
  const known = countQuery.data ?? null;
  useTabBadge(known);
  if (signingIn) return null;
  return (
    <AlertCountBadge
      count={known}
      isStale={countQuery.isError && known !== null}
      href={linked ? paths.alerts() : null}
    />
  );
}

function useTabBadge(count: number | null) {
  useEffect(() => {
    document.title = titleWithAlertCount(document.title, count);
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (icon) icon.href = faviconWithAlertCount(count) ?? PLAIN_ICON;
  }, [count]);
  useEffect(
    () => () => {
      document.title = titleWithAlertCount(document.title, null);
      const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (icon) icon.href = PLAIN_ICON;
    },
    [],
  );
}
