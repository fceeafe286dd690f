import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Server } from '../model/types.ts';
import { paths } from '../routes/paths.ts';
import { DataAge } from '../components/ui/data-age.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { FleetTable, type FleetRow } from '../components/fleet/fleet-table.tsx';
import { FleetToolbar, type FleetSort } from '../components/fleet/fleet-toolbar.tsx';
import { Skeleton } from '../components/ui/skeleton.tsx';
import { SERVER_REPORT_INTERVAL_MS } from '../model/freshness.ts';
import { countInstancesByServer, type StatusCount } from '../model/instance-counts.ts';
import { pairRate } from '../lib/series/network-rates.ts';
import { serverHealth } from '../model/server-health.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instancesOptions } from '../queries/instance-queries.ts';
import {
  serverLatestOptions,
  serversOptions,
  type LatestServerSamples,
} from '../queries/server-queries.ts';
import { errorMessage } from '../queries/error-message.ts';
import { queryError } from '../queries/query-error.ts';

const NO_LATEST: LatestServerSamples = { sample: null, previous: null };
const NO_INSTANCES: StatusCount[] = [];

interface CachedRow {
  latest: LatestServerSamples;
  instances: StatusCount[] | null;
  judgedAt: number;
  row: FleetRow;
}
// One server's new sample must not hand the other 999 memoised rows a new object to re-render for.
const rowCache = new WeakMap<Server, CachedRow>();

/** The row for these inputs: the very object of last time when none of them changed. */
function fleetRow(
  server: Server,
  latest: LatestServerSamples,
  instances: StatusCount[] | null,
  judgedAt: number,
): FleetRow {
  const cached = rowCache.get(server);
  if (cached?.latest === latest && cached.instances === instances && cached.judgedAt === judgedAt) {
    return cached.row;
  }
  const { sample, previous } = latest;
  const row: FleetRow = {
    server,
    sample,
    rxRate: pairRate(previous, sample, 'networkRxBytes'),
    txRate: pairRate(previous, sample, 'networkTxBytes'),
    health: serverHealth(server, sample, judgedAt),
    instances,
    href: paths.server(server.id),
  };
  rowCache.set(server, { latest, instances, judgedAt, row });
  return row;
}

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
    () => countInstancesByServer(instances.data ?? []),
    [instances.data],
  );
  // Staleness is judged at the list's own refresh (every 30 s), not every second: 1,000 rows.
  const judgedAt = servers.dataUpdatedAt;
  const rows = useMemo<FleetRow[]>(
    () =>
      serverList.map((server, index) =>
        fleetRow(
          server,
          latest.samples[index] ?? NO_LATEST,
          instances.data ? (instanceCounts.get(server.id) ?? NO_INSTANCES) : null,
          judgedAt,
        ),
      ),
    [serverList, latest.samples, instanceCounts, instances.data, judgedAt],
  );

  const shownRows = useMemo(() => filterAndSort(rows, filter, sort), [rows, filter, sort]);

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
              ? fleetSummary(rows, instances.data?.length ?? null)
              : servers.isPending
                ? 'Loading servers…'
                : 'No server list yet.'}{' '}
            {servers.dataUpdatedAt ? (
              <DataAge
                collectedAt={servers.dataUpdatedAt}
                expectedIntervalMs={30_000}
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
        <FleetTable
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

function filterAndSort(rows: FleetRow[], filter: string, sort: FleetSort): FleetRow[] {
  const needle = filter.trim().toLowerCase();
  const matching = needle
    ? rows.filter(({ server }) =>
        [server.name, server.host, server.status, server.id].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      )
    : rows.slice();
  const byName = (a: FleetRow, b: FleetRow) => a.server.name.localeCompare(b.server.name);
  return matching.sort(
    sort === 'name' ? byName : (a, b) => a.health.rank - b.health.rank || byName(a, b),
  );
}

function fleetSummary(rows: FleetRow[], instanceCount: number | null): string {
  const critical = rows.filter((row) => row.health.rank === 0).length;
  const warning = rows.filter((row) => row.health.rank === 1).length;
  const unreachable = rows.filter((row) => row.health.rank === 2).length;
  const parts = [
    `${rows.length} servers`,
    `${critical} critical`,
    `${warning} warning`,
    `${unreachable} unreachable or stale`,
  ];
  if (instanceCount !== null) parts.push(`${instanceCount} instances`);
  return parts.join(' · ');
}
