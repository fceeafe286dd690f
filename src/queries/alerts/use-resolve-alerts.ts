import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { resolveAlert, resolveAllAlerts } from '../../api/alerts/alerts.ts';
import { isForbidden } from '../../api/api-error.ts';
import type { AlertEvent, AlertEventsPage } from '../../model/alerts.ts';
import { useApiClient } from '../api-client-context.tsx';
import { errorMessage } from '../error-message.ts';
import { alertKeys } from '../query-keys.ts';

export const CANNOT_RESOLVE_MESSAGE = 'This key cannot resolve alerts';

type Snapshot = Array<[readonly unknown[], unknown]>;

/** Marks the chosen open events resolved in every cached page and the count; returns the before. */
function resolveOptimistically(
  queryClient: QueryClient,
  chosen: (event: AlertEvent) => boolean,
): Snapshot {
  const snapshot: Snapshot = queryClient.getQueriesData({ queryKey: alertKeys.all });
  const now = Date.now();
  let resolvedCount = 0;
  const seen = new Set<string>();
  queryClient.setQueriesData<AlertEventsPage>({ queryKey: alertKeys.events() }, (page) => {
    if (!page) return page;
    const events = page.events.map((event) => {
      if (event.resolved || !chosen(event)) return event;
      if (event.id && !seen.has(event.id)) {
        seen.add(event.id);
        resolvedCount += 1;
      }
      return { ...event, resolved: true, resolvedAt: now };
    });
    return { ...page, events };
  });
  queryClient.setQueryData<number>(alertKeys.count(), (count) =>
    count === undefined ? count : Math.max(0, count - Math.max(resolvedCount, 1)),
  );
  return snapshot;
}

/** What a failed resolve says: a 403 is a key without the permission, not a broken API. */
export function resolveErrorMessage(error: unknown): string {
  return isForbidden(error) ? CANNOT_RESOLVE_MESSAGE : errorMessage(error);
}

function useResolveMutation<T>(
  send: (variables: T) => Promise<string>,
  chosen: (variables: T) => (event: AlertEvent) => boolean,
  setCount?: (variables: T) => number,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onMutate: async (variables: T) => {
      // A refresh landing now would overwrite the optimistic state with the old one.
      await queryClient.cancelQueries({ queryKey: alertKeys.all });
      const snapshot = resolveOptimistically(queryClient, chosen(variables));
      if (setCount) queryClient.setQueryData(alertKeys.count(), setCount(variables));
      return { snapshot };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}

/** Resolve one event: the row moves to resolved and the count drops at once, undone on failure. */
export function useResolveAlert() {
  const client = useApiClient();
  return useResolveMutation(
    (eventId: string) => resolveAlert(client, eventId),
    (eventId) => (event) => event.id === eventId,
  );
}

/** Resolve every open event, optimistic in the same way. */
export function useResolveAllAlerts() {
  const client = useApiClient();
  return useResolveMutation(
    () => resolveAllAlerts(client),
    () => () => true,
    () => 0,
  );
}
