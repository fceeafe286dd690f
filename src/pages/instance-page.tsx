import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isNotFound } from '../api/api-error.ts';
import { paths } from '../routes/paths.ts';
import { usePeriodParam } from '../routes/use-period-param.ts';
import { ChartGrid } from '../components/charts/chart-grid.tsx';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { instanceChartSpecs } from '../components/charts/specs/instance-chart-specs.ts';
import { InstanceSummary } from '../components/instance/instance-summary.tsx';
import { LivePanel } from '../components/instance/live-panel.tsx';
import { PeriodSelector } from '../components/charts/period-selector.tsx';
import { SummarySkeleton } from '../components/ui/skeleton.tsx';
import { extraFieldNames, instanceChartRows } from '../lib/chart/instance-chart-rows.ts';
import { PERIOD_SPECS } from '../model/periods.ts';
import { useAlertMarkers } from '../queries/alerts/use-alert-markers.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { instanceMetricsOptions, instanceOptions } from '../queries/instance-queries.ts';
import { queryError } from '../queries/query-error.ts';
import { serverOptions } from '../queries/server-queries.ts';
import { useChartHistory } from '../queries/history/use-chart-history.ts';
import { useInstanceStream } from '../queries/live/use-instance-stream.ts';
import { useLiveSamples } from '../queries/live/use-live-samples.ts';
import type { InstanceSample, Period } from '../model/types.ts';
import { NotFoundPage } from './not-found-page.tsx';

const LIVE_WINDOW_MS = 15 * 60_000;

export function InstancePage() {
  const { instanceId = '' } = useParams();
  const [period, selectPeriod] = usePeriodParam();
  const client = useApiClient();

  const instance = useQuery(instanceOptions(client, instanceId));
  const serverId = instance.data?.serverId ?? '';
  const server = useQuery({ ...serverOptions(client, serverId), enabled: serverId !== '' });
  const stream = useInstanceStream(instanceId, { client });
  const live = useLiveSamples(instanceId);
  const cpuCores = server.data?.cpuCores ?? null;
  const metricsOptions = useCallback(
    (wanted: Period) => instanceMetricsOptions(client, instanceId, wanted),
    [client, instanceId],
  );
  const toRows = useCallback(
    (samples: readonly InstanceSample[], wanted: Period) =>
      instanceChartRows(samples, PERIOD_SPECS[wanted].expectedStepMs, cpuCores),
    [cpuCores],
  );
  const { view, rows, chartView } = useChartHistory({ metricsOptions, period, toRows });

  const { samples } = view;
  const extraFields = useMemo(() => extraFieldNames(samples ?? []).join('\n'), [samples]);
  const alertMarks = useAlertMarkers('instance', instanceId, view.xDomain);
  const specs = useMemo(
    () =>
      instanceChartSpecs(extraFields ? extraFields.split('\n') : []).map((spec) => ({
        ...spec,
        markers: [...(spec.markers ?? []), ...alertMarks],
      })),
    [extraFields, alertMarks],
  );

  if (isNotFound(instance.error)) return <NotFoundPage what="instance" />;

  const instanceError = queryError(instance, 'view:instances');
  return (
    <main className="page instance-page" id="main">
      <p className="breadcrumb">
        <Link to={paths.fleet()}>Fleet</Link>
        {serverId ? (
          <>
            {' / '}
            <Link
              to={paths.server(serverId)}
              className="truncate"
              title={server.data?.name || undefined}
            >
              {server.data?.name || 'Server'}
            </Link>
          </>
        ) : null}{' '}
        / Instance
      </p>
      <div className="page-header">
        {instance.data ? (
          <InstanceSummary
            instance={instance.data}
            serverName={server.data?.name ?? null}
            serverHref={paths.server(instance.data.serverId)}
          />
        ) : (
          <SummarySkeleton isLoading={instance.isPending} />
        )}
        <PeriodSelector value={period} onChange={selectPeriod} />
      </div>
      {instanceError ? (
        <ErrorNotice title="Instance details could not be loaded" {...instanceError} />
      ) : null}
      <LivePanel
        stream={stream}
        buffer={live.buffer}
        latest={live.latest}
        memoryLimitBytes={instance.data?.limitMemoryHard ?? null}
        cpuCores={cpuCores}
        windowMs={LIVE_WINDOW_MS}
      />
      <h2 className="section-title">{PERIOD_SPECS[period].longLabel}</h2>
      <ChartGrid
        specs={specs}
        rows={rows}
        period={view.period}
        xDomain={view.xDomain}
        syncId={`instance-${instanceId}`}
        history={{ ...view.state, expectedIntervalMs: PERIOD_SPECS[view.period].expectedStepMs }}
        view={chartView}
      />
    </main>
  );
}
