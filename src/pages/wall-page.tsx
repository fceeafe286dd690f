import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useDisplayMode } from '../kiosk/display-mode-context.tsx';
import { paths } from '../routes/paths.ts';
import { ErrorNotice } from '../components/ui/error-notice.tsx';
import { WallAlertStrip } from '../components/wall/wall-alert-strip.tsx';
import { WallGrid, type RestCopies } from '../components/wall/wall-grid.tsx';
import { WallSummary } from '../components/wall/wall-summary.tsx';
import { REFRESH_INTERVAL_MS, SERVER_REPORT_INTERVAL_MS } from '../model/freshness.ts';
import { countInstancesByServer } from '../model/fleet/instance-counts.ts';
import {
  byWorstFirst,
  categoryCounts,
  instanceProblemCounts,
} from '../model/fleet/fleet-health.ts';
import { createHealthRows } from '../model/fleet/fleet-rows.ts';
import type { Server } from '../model/types.ts';
import { openAlertCounts } from '../model/alerts.ts';
import { useApiClient } from '../queries/api-client-context.tsx';
import { useOpenAlerts } from '../queries/alerts/use-open-alerts.ts';
import { alertWhere, knownResources } from '../routes/alert-where.ts';
import { errorMessage } from '../queries/error-message.ts';
import { instancesOptions } from '../queries/instance-queries.ts';
import { serversOptions } from '../queries/server-queries.ts';
import type { LatestCopies } from '../queries/fleet-latest/latest-scheduler.ts';
import { useFleetLatest, useLatestOrder } from '../queries/fleet-latest/use-fleet-latest.ts';

const healthRows = createHealthRows();
const serverHref = (server: Server) => paths.server(server.id);
const noHref = () => null;
// Health (and so the order) is judged on this clock: often enough to catch staleness, rarely
// enough that a thousand servers are not re-ranked every second.
const JUDGE_EVERY_MS = 10_000;

/** The whole fleet on one screen, worst first, with nothing to click and nothing to scroll. */
export function WallPage() {
  const client = useApiClient();
  const { kiosk } = useDisplayMode();
  const servers = useQuery(serversOptions(client));
  const instances = useQuery(instancesOptions(client));
  const serverList = useMemo(() => servers.data ?? [], [servers.data]);
  // The tiles on screen every 30 s, the rest in rotation, within the screen's request budget.
  const [serverTiles, setServerTiles] = useState(0);
  const fleetLatest = useFleetLatest();
  // New copies re-rank 1,000 servers: a render React may interrupt.
  const copies = useDeferredValue(fleetLatest.copies);
  const latest = useMemo(
    () => serverList.map((server) => copies.get(server.id)),
    [serverList, copies],
  );
  const judgedAt = useCoarseNow(JUDGE_EVERY_MS);
  const instanceCounts = useMemo(
    () => (instances.data ? countInstancesByServer(instances.data) : null),
    [instances.data],
  );

  const rows = useMemo(
    () =>
      healthRows({
        servers: serverList,
        latest,
        instanceCounts,
        judgedAt,
        hrefFor: kiosk ? noHref : serverHref,
      }).sort(byWorstFirst),
    [serverList, latest, judgedAt, instanceCounts, kiosk],
  );
  // Worst first is also the order to fill gaps in: the first copies go to the tiles shown.
  const ids = useSameIds(rows.map((row) => row.server.id));
  const onScreen = useMemo(() => ids.slice(0, serverTiles), [ids, serverTiles]);
  useLatestOrder(fleetLatest, ids, onScreen, serverList);
  const rest = useMemo(
    () => restCopies(ids.slice(serverTiles), copies, fleetLatest.requestsPerMinute),
    [ids, serverTiles, copies, fleetLatest.requestsPerMinute],
  );
  const categories = useMemo(() => categoryCounts(rows.map((row) => row.health)), [rows]);
  const alerts = useOpenAlerts();
  const wallAlerts = useMemo(() => {
    const known = knownResources(servers.data, instances.data);
    return alerts.events?.map((event, index) => ({
      key: `${event.id ?? 'alert'}-${index}`,
      event,
      where: alertWhere(event, known).label,
    }));
  }, [alerts.events, servers.data, instances.data]);
  const instanceProblems = useMemo(
    () => instanceProblemCounts(instances.data ?? []),
    [instances.data],
  );

  return (
    <main className="page wall-page" id="main">
      <h1 className="visually-hidden">Fleet wall</h1>
      {servers.data ? (
        <WallSummary
          serverCount={serverList.length}
          categories={categories}
          instanceCount={instances.data?.length ?? null}
          instanceProblems={instanceProblems}
          openAlerts={
            alerts.events && alerts.total !== null
              ? { total: alerts.total, parts: openAlertCounts(alerts.events) }
              : null
          }
          listUpdatedAt={servers.dataUpdatedAt || null}
          listIntervalMs={REFRESH_INTERVAL_MS}
        />
      ) : servers.error ? (
        // No button: it retries by itself every 30 s, and a wall has nobody to press it.
        <ErrorNotice
          title="The server list could not be loaded"
          message={errorMessage(servers.error)}
        />
      ) : (
        <p className="wall-summary muted" aria-busy="true">
          Loading servers…
        </p>
      )}
      <WallAlertStrip alerts={wallAlerts ?? null} total={alerts.total} failed={alerts.failed} />
      {servers.data && serverList.length === 0 ? (
        <p className="wall-empty">No servers yet.</p>
      ) : (
        <WallGrid
          rows={rows}
          reportIntervalMs={SERVER_REPORT_INTERVAL_MS}
          onServerTilesChange={setServerTiles}
          rest={rest}
        />
      )}
    </main>
  );
}

/** The same array as last time while the ids and their order are the same. */
function useSameIds(ids: string[]): readonly string[] {
  const [kept, setKept] = useState(ids);
  const same = kept.length === ids.length && kept.every((id, index) => id === ids[index]);
  if (!same) setKept(ids);
  return same ? kept : ids;
}

/** How old the copies behind "+ N more" are, and how long a rotation through them takes. */
function restCopies(
  ids: readonly string[],
  copies: LatestCopies,
  requestsPerMinute: number,
): RestCopies {
  let oldestCheckAt: number | null = Infinity;
  for (const id of ids) {
    const fetchedAt = copies.get(id)?.fetchedAt ?? 0;
    if (fetchedAt === 0) {
      oldestCheckAt = null;
      break;
    }
    oldestCheckAt = Math.min(oldestCheckAt, fetchedAt);
  }
  const rotationMs = Math.max(REFRESH_INTERVAL_MS, (ids.length / requestsPerMinute) * 60_000);
  return { oldestCheckAt: oldestCheckAt === Infinity ? null : oldestCheckAt, rotationMs };
}

function useCoarseNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
