import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { paths } from '../routes/paths.ts';
import { DataAge } from '../components/ui/data-age.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { FleetList } from '../components/fleet/fleet-list.tsx';
import { FleetToolbar } from '../components/fleet/fleet-toolbar.tsx';
import { Skeleton } from '../components/ui/skeleton.tsx';
import { REFRESH_INTERVAL_MS, SERVER_REPORT_INTERVAL_MS } from '../model/freshness.ts';
import { fleetSummaryText } from '../model/fleet/fleet-health.ts';
import {
  createHealthRows,
  filterAndSortRows,
  filterRows,
  type FleetSort,
} from '../model/fleet/fleet-rows.ts';
import { countInstancesByServer } from '../model/fleet/instance-counts.ts';
import type { Server } from '../model/types.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instancesOptions } from '../queries/instance-queries.ts';
import { serversOptions } from '../queries/server-queries.ts';
import { useFleetLatest, useLatestOrder } from '../queries/fleet-latest/use-fleet-latest.ts';
import { errorMessage } from '../queries/error-message.ts';
import { queryError } from '../queries/query-error.ts';

const healthRows = createHealthRows();
const serverHref = (server: Server) => paths.server(server.id);
// The filter follows the keyboard at once; the URL (for links and back) a moment later.
const URL_FILTER_DELAY_MS = 400;

export function FleetPage() {
  const client = useApiClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const sort: FleetSort = searchParams.get('sort') === 'name' ? 'name' : 'worst';
  const urlFilter = searchParams.get('q') ?? '';
  // What was typed, and over which URL: back/forward (a new URL) wins over older typing.
  const [typed, setTyped] = useState<{ text: string; over: string } | null>(null);
  const pending = typed?.over === urlFilter ? typed.text : null;
  const filter = pending ?? urlFilter;
  // Typing stays responsive: the 1,000-row filter renders when the keyboard lets it.
  const shownFilter = useDeferredValue(filter);
  const [visibleIds, setVisibleIds] = useState<ReadonlySet<string>>(new Set());

  const servers = useQuery(serversOptions(client));
  const instances = useQuery(instancesOptions(client));
  const serverList = useMemo(() => servers.data ?? [], [servers.data]);
  const fleetLatest = useFleetLatest();
  // New copies re-rank 1,000 rows: a render React may interrupt, so input never waits on it.
  const copies = useDeferredValue(fleetLatest.copies);
  const latest = useMemo(
    () => serverList.map((server) => copies.get(server.id)),
    [serverList, copies],
  );
  const firstCopiesIn = useFirstCopies(copies.size > 0 || serverList.length === 0);

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
        latest,
        instanceCounts,
        judgedAt,
        hrefFor: serverHref,
      }),
    [serverList, latest, instanceCounts, judgedAt],
  );

  // Sorted once per new data, filtered per keystroke on precomputed search keys.
  const sortedRows = useMemo(() => filterAndSortRows(rows, '', sort), [rows, sort]);
  const shownRows = useMemo(() => filterRows(sortedRows, shownFilter), [sortedRows, shownFilter]);
  // The rows on screen every 30 s, the others (those shown first) in rotation.
  const orderedIds = useMemo(() => sortedRows.map((row) => row.server.id), [sortedRows]);
  const onScreen = useMemo(() => [...visibleIds], [visibleIds]);
  useLatestOrder(fleetLatest, orderedIds, onScreen, serverList);

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

  useEffect(() => {
    if (pending === null || pending === urlFilter) return;
    const timer = setTimeout(() => updateParam('q', pending, ''), URL_FILTER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending, urlFilter, updateParam]);

  const serversError = queryError(servers, 'view:servers');
  const instancesError = queryError(instances, 'view:instances');
  const failures = useMemo(() => [...copies.values()].filter((copy) => copy.error), [copies]);
  const latestFailed = failures.length;
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
          onFilterChange={(text) => setTyped({ text, over: urlFilter })}
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
          message={errorMessage(failures[0].error, 'view:servers')}
          onRetry={fleetLatest.retryFailed}
        />
      ) : null}
      {servers.isPending || (servers.data && !firstCopiesIn) ? (
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

// The table waits this long at most for the first answers, so it is drawn once, in its order.
const FIRST_COPIES_WAIT_MS = 1_500;

/** True once the first copies are in, or after FIRST_COPIES_WAIT_MS, whichever comes first. */
function useFirstCopies(arrived: boolean): boolean {
  const [waitedEnough, setWaitedEnough] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedEnough(true), FIRST_COPIES_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  const [seen, setSeen] = useState(false);
  if (arrived && !seen) setSeen(true);
  return seen || arrived || waitedEnough;
}
