import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  AllInstancesTable,
  type InstanceListRow,
} from '../components/instances/all-instances-table.tsx';
import { InstancesToolbar, SORT_LABELS } from '../components/instances/instances-toolbar.tsx';
import { DataAge } from '../components/ui/data-age.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { Skeleton } from '../components/ui/skeleton.tsx';
import {
  filterAndSortInstances,
  indexInstances,
  INSTANCE_SORTS,
  statusesPresent,
  type InstanceSort,
} from '../lib/instance-list.ts';
import { primaryDomain, sslExpiry } from '../model/ssl-expiry.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instancesOptions } from '../queries/instance-queries.ts';
import { queryError } from '../queries/query-error.ts';
import { serversOptions } from '../queries/server-queries.ts';
import { useLastGoodData } from '../queries/history/use-last-good-data.ts';
import { paths } from '../routes/paths.ts';
import { oneOf, useSearchParam } from '../routes/use-search-param.ts';

// Rows drawn at first; the rest come on request, so 2,000 instances stay quick to filter.
const ROWS_AT_ONCE = 100;
const parseSort = oneOf(INSTANCE_SORTS, 'worst');
const parseText = (text: string | null) => text ?? '';
const parseStatus = (text: string | null) => text?.trim().toLowerCase() || 'all';

/** Every instance of the organisation, worst first, filterable and sortable via the URL. */
export function InstancesPage() {
  const client = useApiClient();
  const [text, setText] = useSearchParam('q', parseText, '');
  const [status, setStatus] = useSearchParam('status', parseStatus, 'all');
  const [sort, setSort] = useSearchParam<InstanceSort>('sort', parseSort, 'worst');
  const [shownCount, setShownCount] = useState(ROWS_AT_ONCE);

  const instances = useQuery(instancesOptions(client));
  const servers = useQuery(serversOptions(client));
  const instanceList = useLastGoodData(instances.data);
  const serverNames = useMemo(
    () => new Map(servers.data?.map((server) => [server.id, server.name])),
    [servers.data],
  );
  const indexed = useMemo(
    () => indexInstances(instanceList ?? [], serverNames),
    [instanceList, serverNames],
  );
  const statuses = useMemo(() => statusesPresent(instanceList ?? []), [instanceList]);
  // Typing stays instant; the list follows as soon as the browser has a moment.
  const deferredText = useDeferredValue(text);
  const matching = useMemo(
    () => filterAndSortInstances(indexed, deferredText, status, sort),
    [indexed, deferredText, status, sort],
  );
  const judgedAt = instances.dataUpdatedAt;
  const rows = useMemo(
    () => matching.slice(0, shownCount).map((item) => listRow(item, judgedAt)),
    [matching, shownCount, judgedAt],
  );

  const instancesError = queryError(instances, 'view:instances');
  const total = instanceList?.length ?? 0;
  return (
    <main className="page instances-page" id="main">
      <div className="page-header">
        <div>
          <h1>Instances</h1>
          <p className="muted">
            {instanceList
              ? `${matching.length === total ? total : `${matching.length} of ${total}`} instances · ${SORT_LABELS[sort].toLowerCase()}`
              : instances.isPending
                ? 'Loading instances…'
                : 'No instance list yet.'}{' '}
            {instances.dataUpdatedAt ? (
              <DataAge
                collectedAt={instances.dataUpdatedAt}
                expectedIntervalMs={30_000}
                prefix="· Updated"
              />
            ) : null}
          </p>
        </div>
        <InstancesToolbar
          text={text}
          onTextChange={(next) => setText(next)}
          status={status}
          statuses={statuses}
          onStatusChange={(next) => setStatus(next)}
          sort={sort}
          onSortChange={(next) => setSort(next)}
        />
      </div>
      {instancesError ? (
        <ErrorNotice
          title={`The instance list could not be ${instanceList ? 'refreshed' : 'loaded'}`}
          {...instancesError}
        />
      ) : null}
      {!instanceList ? (
        instances.isPending ? (
          <Skeleton height={200} />
        ) : null
      ) : matching.length === 0 ? (
        <p className="muted">
          {total === 0 ? 'No instances yet.' : 'No instance matches the filter.'}
        </p>
      ) : (
        <>
          <AllInstancesTable rows={rows} judgedAt={judgedAt} />
          {matching.length > rows.length ? (
            <p className="instances-more">
              Showing {rows.length} of {matching.length}.{' '}
              <button type="button" onClick={() => setShownCount((count) => count + ROWS_AT_ONCE)}>
                Show {Math.min(ROWS_AT_ONCE, matching.length - rows.length)} more
              </button>
            </p>
          ) : null}
        </>
      )}
    </main>
  );
}

const rowCache = new WeakMap<object, { judgedAt: number; row: InstanceListRow }>();

/** The row for an instance, the same object as last time when nothing changed (rows are memoised). */
function listRow(
  item: ReturnType<typeof indexInstances>[number],
  judgedAt: number,
): InstanceListRow {
  const cached = rowCache.get(item);
  if (cached?.judgedAt === judgedAt) return cached.row;
  const { instance, serverName } = item;
  const domain = primaryDomain(instance);
  const row: InstanceListRow = {
    instance,
    href: paths.instance(instance.id),
    server: { name: serverName || instance.serverId, href: paths.server(instance.serverId) },
    domain,
    ssl: sslExpiry(domain?.sslExpiresAt ?? null, judgedAt),
  };
  rowCache.set(item, { judgedAt, row });
  return row;
}
