import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isNotFound } from '../api/api-error.ts';
import { paths } from '../routes/paths.ts';
import { usePeriodParam } from '../routes/use-period-param.ts';
import { ChartGrid } from '../components/charts/chart-grid.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { InstanceTable } from '../components/instance/instance-table.tsx';
import { PeriodSelector } from '../components/charts/period-selector.tsx';
import { serverChartSpecs } from '../components/charts/specs/server-chart-specs.ts';
import { ServerLatest } from '../components/server/server-latest.tsx';
import { ServerSummary } from '../components/server/server-summary.tsx';
import { Skeleton, SummarySkeleton } from '../components/ui/skeleton.tsx';
import { SERVER_REPORT_INTERVAL_MS } from '../model/freshness.ts';
import { pairRate } from '../lib/series/network-rates.ts';
import { PERIOD_SPECS } from '../model/periods.ts';
import { rebootTimes, serverChartRows } from '../lib/chart/server-chart-rows.ts';
import { serverHealth } from '../model/fleet/server-health.ts';
import { useAlertMarkers } from '../queries/alerts/use-alert-markers.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instancesOptions } from '../queries/instance-queries.ts';
import { queryError } from '../queries/query-error.ts';
import {
  serverLatestOptions,
  serverMetricsOptions,
  serverOptions,
} from '../queries/server-queries.ts';
import { useChartHistory } from '../queries/history/use-chart-history.ts';
import type { Period, ServerSample } from '../model/types.ts';
import { NotFoundPage } from './not-found-page.tsx';

const serverRows = (samples: readonly ServerSample[], period: Period) =>
  serverChartRows(samples, PERIOD_SPECS[period].expectedStepMs);

export function ServerPage() {
  const { serverId = '' } = useParams();
  const [period, selectPeriod] = usePeriodParam();
  const client = useApiClient();

  const server = useQuery(serverOptions(client, serverId));
  const latest = useQuery(serverLatestOptions(client, serverId));
  const metricsOptions = useCallback(
    (wanted: Period) => serverMetricsOptions(client, serverId, wanted),
    [client, serverId],
  );
  const { history, view, rows, chartView } = useChartHistory({
    metricsOptions,
    period,
    toRows: serverRows,
  });
  const instances = useQuery(instancesOptions(client, serverId));

  const { samples } = view;
  const cores = server.data?.cpuCores ?? null;
  const alertMarks = useAlertMarkers('server', serverId, view.xDomain);
  const specs = useMemo(
    () =>
      serverChartSpecs(cores, rebootTimes(samples ?? [])).map((spec) => ({
        ...spec,
        markers: [...(spec.markers ?? []), ...alertMarks],
      })),
    [cores, samples, alertMarks],
  );

  if (isNotFound(server.error)) return <NotFoundPage what="server" />;

  const sample = latest.data?.sample ?? samples?.at(-1) ?? null;
  const previous = latest.data?.previous ?? null;
  const serverError = queryError(server, 'view:servers');
  const instancesError = queryError(instances, 'view:instances');
  const latestError = queryError(latest, 'view:servers');
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
          <SummarySkeleton isLoading={server.isPending} />
        )}
        <PeriodSelector value={period} onChange={selectPeriod} />
      </div>
      {serverError ? (
        <ErrorNotice title="Server details could not be loaded" {...serverError} />
      ) : null}
      {latestError ? (
        <ErrorNotice
          title={`Latest values could not be loaded${sample ? '; showing the newest sample in the history' : ''}`}
          {...latestError}
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
            pairRate(previous, latest.data?.sample ?? null, 'networkRxBytes') ??
            rows.at(-1)?.rx ??
            null
          }
          txRate={
            pairRate(previous, latest.data?.sample ?? null, 'networkTxBytes') ??
            rows.at(-1)?.tx ??
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
      <ChartGrid
        specs={specs}
        rows={rows}
        period={view.period}
        xDomain={view.xDomain}
        syncId={`server-${serverId}`}
        history={{ ...view.state, expectedIntervalMs: SERVER_REPORT_INTERVAL_MS }}
        view={chartView}
      />
      <h2 className="section-title">Instances on this server</h2>
      {instancesError ? (
        <ErrorNotice title="Instances could not be loaded" {...instancesError} />
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
