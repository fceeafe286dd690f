import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { paths } from '../routes/paths.ts';
import { DataAge } from '../components/ui/data-age.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { FleetList } from '../components/fleet/fleet-list.tsx';
import { FleetToolbar } from '../components/fleet/fleet-toolbar.tsx';
import { Skeleton } from '../components/ui/skeleton.tsx';
import { REFRESH_INTERVAL_MS, SERVER_REPORT_INTERVAL_MS } from '../model/freshness.ts';
import { fleetSummaryText } from '../model/fleet-health.ts';
import {
  createHealthRows,
  filterAndSortRows,
  NO_LATEST,
  type FleetSort,
  type LatestServerSamples,
} from '../model/fleet-rows.ts';
import { countInstancesByServer } from '../model/instance-counts.ts';
import type { Server } from '../model/types.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instancesOptions } from '../queries/instance-queries.ts';
import { serverLatestOptions, serversOptions } from '../queries/server-queries.ts';
import { errorMessage } from '../queries/error-message.ts';
import { queryError } from '../queries/query-error.ts';

const healthRows = createHealthRows();
const serverHref = (server: Server) => paths.server(server.id);

export function FleetPage() {
  const client = useApiClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const sort: FleetSort = searchParams.get('sort') === 'name' ? 'name' : 'worst';
  const filter = searchParams.get('q') ?? '';
  const [visibleIds, setVisibleIds] = useState<ReadonlySet<string>>(new Set());

  const servers = useQuery(serversOptions(client));
  const instances = useQuery(instancesOptions(client));
  const serverList = useMemo(() => servers.data ?? [], [servers.data]);
  const latest = useQueries({
    queries: serverList.map((server) => ({
      ...serverLatestOptions(client, server.id),
      enabled: visibleIds.has(server.id),
    })),
    combine: latestView,
  });

  const instanceCounts = useMemo(
    () => (instances.data ? countInstancesByServer(instances.data) : null),
    [instances.data],
  );
  // Staleness is judged at the list's own refresh (every 30 s), not every second: 1,000 rows.
  const judgedAt = servers.dataUpdatedAt;
  const rows = useMemo(
    () =>
      healthRows({
        servers: serverList,
        latest: latest.samples,
        instanceCounts,
        judgedAt,
        hrefFor: serverHref,
      }),
    [serverList, latest.samples, instanceCounts, judgedAt],
  );

  const shownRows = useMemo(() => filterAndSortRows(rows, filter, sort), [rows, filter, sort]);

  const updateParam = useCallback(
    (name: string, value: string, defaultValue: string) =>
      setSearchParams(
        (params) => {
          if (value === defaultValue) params.delete(name);
          else params.set(name, value);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  const serversError = queryError(servers, 'view:servers');
  const instancesError = queryError(instances, 'view:instances');
  const latestFailed = latest.failures.length;
  return (
    <main className="page fleet-page" id="main">
      <div className="page-header">
        <div>
          <h1>Fleet</h1>
          <p className="muted">
            {servers.data
              ? fleetSummaryText(
                  rows.map((row) => row.health),
                  instances.data?.length ?? null,
                )
              : servers.isPending
                ? 'Loading servers…'
                : 'No server list yet.'}{' '}
            {servers.dataUpdatedAt ? (
              <DataAge
                collectedAt={servers.dataUpdatedAt}
                expectedIntervalMs={REFRESH_INTERVAL_MS}
                prefix="· Updated"
              />
            ) : null}
          </p>
        </div>
        <FleetToolbar
          filter={filter}
          onFilterChange={(value) => updateParam('q', value, '')}
          sort={sort}
          onSortChange={(value) => updateParam('sort', value, 'worst')}
        />
      </div>
      {serversError ? (
        <ErrorNotice
          title={`The server list could not be ${servers.data ? 'refreshed' : 'loaded'}`}
          {...serversError}
        />
      ) : null}
      {instancesError ? (
        <ErrorNotice title="Instance counts could not be loaded" {...instancesError} />
      ) : null}
      {latestFailed > 0 ? (
        <ErrorNotice
          title={`Latest metrics could not be loaded for ${latestFailed} server${latestFailed === 1 ? '' : 's'}`}
          message={errorMessage(latest.failures[0].error, 'view:servers')}
          onRetry={() => latest.failures.forEach((failure) => void failure.refetch())}
          isRetrying={latest.failures.some((failure) => failure.isFetching)}
        />
      ) : null}
      {servers.isPending ? (
        <div className="fleet-loading" aria-busy="true">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={40} />
          ))}
        </div>
      ) : !servers.data ? null : shownRows.length === 0 ? (
        <p className="muted">
          {serverList.length === 0 ? 'No servers yet.' : 'No server matches the filter.'}
        </p>
      ) : (
        <FleetList
          rows={shownRows}
          reportIntervalMs={SERVER_REPORT_INTERVAL_MS}
          onVisibleChange={setVisibleIds}
        />
      )}
    </main>
  );
}

interface LatestResult {
  data?: unknown;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/** Each row's newest samples, and the rows whose latest request failed (to say so, once). */
function latestView(results: LatestResult[]) {
  return {
    samples: results.map((result) => (result.data as LatestServerSamples | undefined) ?? NO_LATEST),
    failures: results.filter((result) => result.error),
  };
}
