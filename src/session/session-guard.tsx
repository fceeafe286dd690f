import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { isUnauthorized } from '../api/api-error.ts';
import { paths, routePatterns } from '../routes/paths.ts';
import { useSessionStore } from './session-context.tsx';
import { loginReasonFor } from './login-reason.ts';

/**
 * Sends the user to sign in when a query ends in 401, i.e. after the client's one refresh has
 * failed too, and brings them back afterwards. Lives here, not in the HTTP client, by design.
 */
export function SessionGuard() {
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const navigate = useNavigate();
  const location = useLocation();

  const toSignIn = useEffectEvent(() => {
    if (location.pathname === routePatterns.login) return;
    const next = `${location.pathname}${location.search}`;
    const reason = loginReasonFor(store.getSession(), store.fallback);
    // Replace: going back must not land on the page that just failed.
    void navigate(paths.login({ next, reason }), { replace: true });
  });

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (isUnauthorized(event.action.error)) toSignIn();
      }),
    [queryClient],
  );

  return null;
}
