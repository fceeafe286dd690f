import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { paths } from '../app/paths.ts';
import { usePeriodParam } from '../app/use-period-param.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { InstanceTable } from '../components/instance-table.tsx';
import { PeriodSelector } from '../components/period-selector.tsx';
import { ServerCharts } from '../components/server-charts.tsx';
import { ServerLatest } from '../components/server-latest.tsx';
import { ServerSummary } from '../components/server-summary.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { SERVER_REPORT_INTERVAL_MS } from '../lib/freshness.ts';
import { pairRate } from '../lib/network-rates.ts';
import { PERIOD_SPECS } from '../lib/periods.ts';
import { rebootTimes, serverChartRows } from '../lib/server-chart-rows.ts';
import { serverHealth } from '../lib/server-health.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { useLastGoodData } from '../queries/use-last-good-data.ts';
import { errorMessage } from '../queries/error-message.ts';
import { instancesOptions } from '../queries/instance-queries.ts';
import {
  serverLatestOptions,
  serverMetricsOptions,
  serverOptions,
} from '../queries/server-queries.ts';
import { NotFoundPage } from './not-found-page.tsx';

export function ServerPage() {
  const { serverId = '' } = useParams();
  const [period, selectPeriod] = usePeriodParam();
  const client = useApiClient();

  const server = useQuery(serverOptions(client, serverId));
  const latest = useQuery(serverLatestOptions(client, serverId));
  const history = useQuery({
    ...serverMetricsOptions(client, serverId, period),
    placeholderData: keepPreviousData,
  });
  const instances = useQuery(instancesOptions(client, serverId));

  const fetched = useMemo(
    () => (history.data ? { ...history.data, fetchedAt: history.dataUpdatedAt } : undefined),
    [history.data, history.dataUpdatedAt],
  );
  const shownHistory = useLastGoodData(fetched);
  const shownPeriod = shownHistory?.period ?? period;
  const samples = shownHistory?.samples;
  const rows = useMemo(
    () => serverChartRows(samples ?? [], PERIOD_SPECS[shownPeriod].expectedStepMs),
    [samples, shownPeriod],
  );
  const reboots = useMemo(() => rebootTimes(samples ?? []), [samples]);
  const end = shownHistory?.fetchedAt ?? 0;
  const xDomain = useMemo(
    () => [end - PERIOD_SPECS[shownPeriod].durationMs, end] as const,
    [end, shownPeriod],
  );

  if (server.error instanceof ApiError && server.error.status === 404)
    return <NotFoundPage what="server" />;

  const sample = latest.data?.sample ?? samples?.at(-1) ?? null;
  const lastRow = rows.at(-1);
  return (
    <main className="page server-page" id="main">
      <p className="breadcrumb">
        <Link to={paths.fleet()}>Fleet</Link> / Server
      </p>
      <div className="page-header">
        {server.data ? (
          <ServerSummary
            server={server.data}
            latest={sample}
            reportIntervalMs={SERVER_REPORT_INTERVAL_MS}
          />
        ) : (
          <div className="server-summary" aria-busy={server.isPending}>
            <Skeleton height={32} width={280} />
            <Skeleton height={60} />
          </div>
        )}
        <PeriodSelector value={period} onChange={selectPeriod} />
      </div>
      {server.error && !(server.error instanceof ApiError && server.error.status === 404) ? (
        <ErrorNotice
          title="Server details could not be loaded"
          message={errorMessage(server.error)}
          onRetry={() => void server.refetch()}
          isRetrying={server.isFetching}
        />
      ) : null}
      {server.data && sample ? (
        <ServerLatest
          server={server.data}
          sample={sample}
          health={serverHealth(
            server.data,
            sample,
            Math.max(latest.dataUpdatedAt, history.dataUpdatedAt),
          )}
          rxRate={
            pairRate(
              latest.data?.previous ?? null,
              latest.data?.sample ?? null,
              'networkRxBytes',
            ) ??
            lastRow?.rx ??
            null
          }
          txRate={
            pairRate(
              latest.data?.previous ?? null,
              latest.data?.sample ?? null,
              'networkTxBytes',
            ) ??
            lastRow?.tx ??
            null
          }
        />
      ) : server.data && !latest.isPending && !history.isPending ? (
        <p className="empty-state">
          This server has not reported any metrics yet
          {server.data.provisioningStep ? ` (provisioning: ${server.data.provisioningStep})` : ''}.
        </p>
      ) : null}
      <h2 className="section-title">{PERIOD_SPECS[period].longLabel}</h2>
      <ServerCharts
        rows={rows}
        period={shownPeriod}
        xDomain={xDomain}
        cores={server.data?.cpuCores ?? null}
        reboots={reboots}
        syncId={`server-${serverId}`}
        history={{
          isLoading: history.isPending && !shownHistory,
          isDimmed: shownPeriod !== period,
          collectedAt: samples?.at(-1)?.collectedAt ?? null,
          expectedIntervalMs: SERVER_REPORT_INTERVAL_MS,
          error: history.error
            ? {
                message: errorMessage(history.error),
                onRetry: () => void history.refetch(),
                isRetrying: history.isFetching,
              }
            : null,
        }}
      />
      <h2 className="section-title">Instances on this server</h2>
      {instances.error ? (
        <ErrorNotice
          title="Instances could not be loaded"
          message={errorMessage(instances.error)}
          onRetry={() => void instances.refetch()}
          isRetrying={instances.isFetching}
        />
      ) : null}
      {instances.data ? (
        <InstanceTable
          instances={instances.data}
          hrefFor={(instance) => paths.instance(instance.id)}
        />
      ) : instances.isPending ? (
        <Skeleton height={80} />
      ) : null}
    </main>
  );
}
