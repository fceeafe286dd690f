import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { paths } from '../app/paths.ts';
import { usePeriodParam } from '../app/use-period-param.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { InstanceCharts } from '../components/instance-charts.tsx';
import { InstanceSummary } from '../components/instance-summary.tsx';
import { LivePanel } from '../components/live-panel.tsx';
import { PeriodSelector } from '../components/period-selector.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { extraFieldNames, instanceChartRows } from '../lib/instance-chart-rows.ts';
import { PERIOD_SPECS } from '../lib/periods.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { useInstanceStream } from '../queries/use-instance-stream.ts';
import { useLastGoodData } from '../queries/use-last-good-data.ts';
import { useLiveSamples } from '../queries/use-live-samples.ts';
import { errorMessage } from '../queries/error-message.ts';
import { instanceMetricsOptions, instanceOptions } from '../queries/instance-queries.ts';
import { serverOptions } from '../queries/server-queries.ts';
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
  const history = useQuery({
    ...instanceMetricsOptions(client, instanceId, period),
    placeholderData: keepPreviousData,
  });

  const fetched = useMemo(
    () => (history.data ? { ...history.data, fetchedAt: history.dataUpdatedAt } : undefined),
    [history.data, history.dataUpdatedAt],
  );
  const shownHistory = useLastGoodData(fetched);
  const shownPeriod = shownHistory?.period ?? period;
  const samples = shownHistory?.samples;
  const rows = useMemo(
    () => instanceChartRows(samples ?? [], PERIOD_SPECS[shownPeriod].expectedStepMs),
    [samples, shownPeriod],
  );
  const extraFields = useMemo(() => extraFieldNames(samples ?? []), [samples]);
  const end = shownHistory?.fetchedAt ?? 0;
  const xDomain = useMemo(
    () => [end - PERIOD_SPECS[shownPeriod].durationMs, end] as const,
    [end, shownPeriod],
  );

  if (instance.error instanceof ApiError && instance.error.status === 404)
    return <NotFoundPage what="instance" />;

  return (
    <main className="page instance-page" id="main">
      <p className="breadcrumb">
        <Link to={paths.fleet()}>Fleet</Link>
        {serverId ? (
          <>
            {' / '}
            <Link to={paths.server(serverId)}>{server.data?.name || 'Server'}</Link>
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
          <div className="server-summary" aria-busy={instance.isPending}>
            <Skeleton height={32} width={280} />
            <Skeleton height={60} />
          </div>
        )}
        <PeriodSelector value={period} onChange={selectPeriod} />
      </div>
      {instance.error ? (
        <ErrorNotice
          title="Instance details could not be loaded"
          message={errorMessage(instance.error)}
          onRetry={() => void instance.refetch()}
          isRetrying={instance.isFetching}
        />
      ) : null}
      <LivePanel
        stream={stream}
        buffer={live.buffer}
        latest={live.latest}
        memoryLimitBytes={instance.data?.limitMemoryHard ?? null}
        windowMs={LIVE_WINDOW_MS}
      />
      <h2 className="section-title">{PERIOD_SPECS[period].longLabel}</h2>
      <InstanceCharts
        rows={rows}
        extraFields={extraFields}
        period={shownPeriod}
        xDomain={xDomain}
        syncId={`instance-${instanceId}`}
        history={{
          isLoading: history.isPending && !shownHistory,
          isDimmed: shownPeriod !== period,
          collectedAt: samples?.at(-1)?.collectedAt ?? null,
          expectedIntervalMs: PERIOD_SPECS[shownPeriod].expectedStepMs,
          error: history.error
            ? {
                message: errorMessage(history.error),
                onRetry: () => void history.refetch(),
                isRetrying: history.isFetching,
              }
            : null,
        }}
      />
    </main>
  );
}
