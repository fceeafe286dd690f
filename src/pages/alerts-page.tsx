import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { AlertPager } from '../components/alerts/alert-pager.tsx';
import { AlertTable, type AlertRow } from '../components/alerts/alert-table.tsx';
import { AlertToolbar } from '../components/alerts/alert-toolbar.tsx';
import { ResolveAllControl } from '../components/alerts/resolve-all-control.tsx';
import { DataAge } from '../components/ui/data-age.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { Skeleton } from '../components/ui/skeleton.tsx';
import {
  ALERT_FILTERS,
  byAlertPriority,
  type AlertEvent,
  type AlertFilter,
} from '../model/alerts.ts';
import type { Instance, Server } from '../model/types.ts';
import {
  ALERTS_REFRESH_MS,
  alertCountOptions,
  alertEventsOptions,
} from '../queries/alerts/alert-queries.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instancesOptions } from '../queries/instance-queries.ts';
import { queryError } from '../queries/query-error.ts';
import { serversOptions } from '../queries/server-queries.ts';
import { useLastGoodData } from '../queries/history/use-last-good-data.ts';
import {
  resolveErrorMessage,
  useResolveAlert,
  useResolveAllAlerts,
} from '../queries/alerts/use-resolve-alerts.ts';
import { alertWhere, knownResources } from '../routes/alert-where.ts';
import { oneOf, useSearchParam, wholeNumber } from '../routes/use-search-param.ts';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const parseFilter = oneOf(ALERT_FILTERS, 'open');
const parsePage = wholeNumber(1, 1, 1_000_000);
const parsePerPage = wholeNumber(DEFAULT_PAGE_SIZE, 1, 100, PAGE_SIZES);

/** oCore's alert events: open first, newest first, paged by the API, resolvable. */
export function AlertsPage() {
  const client = useApiClient();
  const [filter, setFilter] = useSearchParam<AlertFilter>('show', parseFilter, 'open');
  const [page, setPage] = useSearchParam('page', parsePage, 1);
  const [perPage, setPerPage] = useSearchParam('per_page', parsePerPage, DEFAULT_PAGE_SIZE);

  const events = useQuery({
    ...alertEventsOptions(client, { filter, page, perPage }),
    placeholderData: keepPreviousData,
  });
  const count = useQuery(alertCountOptions(client));
  const servers = useQuery(serversOptions(client));
  const instances = useQuery(instancesOptions(client));
  const shown = useLastGoodData(events.data);
  const resolveOne = useResolveAlert();
  const resolveAll = useResolveAllAlerts();

  const rows = useMemo(
    () => alertRows(shown?.events ?? [], filter, servers.data, instances.data),
    [shown, filter, servers.data, instances.data],
  );
  const resolving = useMemo(
    () => new Set(resolveOne.isPending && resolveOne.variables ? [resolveOne.variables] : []),
    [resolveOne.isPending, resolveOne.variables],
  );
  const resolveFailure = resolveOne.error ?? resolveAll.error;
  const eventsError = queryError(events);
  const openCount = count.data ?? null;

  return (
    <main className="page alerts-page" id="main">
      <div className="page-header">
        <div>
          <h1>Alerts</h1>
          <p className="muted">
            {openCount === null
              ? 'Open alerts: unknown'
              : `${openCount} open alert${openCount === 1 ? '' : 's'}`}{' '}
            {events.dataUpdatedAt ? (
              <DataAge
                collectedAt={events.dataUpdatedAt}
                expectedIntervalMs={ALERTS_REFRESH_MS}
                prefix="· Updated"
              />
            ) : null}
          </p>
        </div>
        <ResolveAllControl
          openCount={openCount}
          onConfirm={() => {
            resolveOne.reset();
            resolveAll.mutate();
          }}
          isPending={resolveAll.isPending}
        />
      </div>
      <AlertToolbar
        filter={filter}
        onFilterChange={(next) => setFilter(next, ['page'])}
        perPage={perPage}
        pageSizes={PAGE_SIZES}
        onPerPageChange={(next) => setPerPage(next, ['page'])}
      />
      {resolveFailure ? (
        <ErrorNotice title="Nothing was resolved" message={resolveErrorMessage(resolveFailure)} />
      ) : null}
      {eventsError ? (
        <ErrorNotice
          title={`Alerts could not be ${shown ? 'refreshed; showing the last ones loaded' : 'loaded'}`}
          {...eventsError}
        />
      ) : null}
      {!shown ? (
        events.isPending ? (
          <div aria-busy="true">
            <Skeleton height={40} />
            <Skeleton height={40} />
          </div>
        ) : null
      ) : rows.length === 0 ? (
        // The previous filter's page is still shown while this one loads: not "none" yet.
        events.isPlaceholderData ? (
          <Skeleton height={40} />
        ) : (
          <p className="empty-state">{EMPTY[filter]}</p>
        )
      ) : (
        <AlertTable
          rows={rows}
          resolving={resolving}
          onResolve={(eventId) => {
            resolveAll.reset();
            resolveOne.mutate(eventId);
          }}
        />
      )}
      {shown ? (
        <AlertPager
          page={page}
          perPage={perPage}
          total={shown.total}
          shownCount={shown.events.length}
          onPageChange={(next) => setPage(next)}
        />
      ) : null}
    </main>
  );
}

const EMPTY: Record<AlertFilter, string> = {
  open: 'No open alerts.',
  resolved: 'No resolved alerts.',
  all: 'No alerts.',
};

/** Sorted rows for the filter (a row resolved a moment ago leaves the open list at once). */
function alertRows(
  events: readonly AlertEvent[],
  filter: AlertFilter,
  servers: readonly Server[] | undefined,
  instances: readonly Instance[] | undefined,
): AlertRow[] {
  const known = knownResources(servers, instances);
  return events
    .filter((event) => (filter === 'all' ? true : event.resolved === (filter === 'resolved')))
    .sort(byAlertPriority)
    .map((event, index) => ({
      key: event.id ? `${event.id}-${index}` : `row-${index}`,
      event,
      where: alertWhere(event, known),
    }));
}
