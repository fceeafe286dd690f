import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useApiClient } from '../queries/api-client-context.tsx';
import { serversOptions } from '../queries/server-queries.ts';
import { withSticky, type StickyValues } from './display-mode.ts';
import { paths } from '../routes/paths.ts';
import { pendingReload, reloadWhenReachable } from './reload/quiet-reload.ts';
import { rotationSteps, startRotationTimer, stepIndexAt, type Rotation } from './rotation.ts';

interface RotationDriverProps {
  rotation: Rotation;
  /** Carried onto every step, so kiosk mode, the time zone and the rotation itself survive. */
  sticky: StickyValues;
}

/** Shows the wall, then each server page, one step per interval, for as long as the tab is open. */
export function RotationDriver({ rotation, sticky }: RotationDriverProps) {
  const client = useApiClient();
  const navigate = useNavigate();
  const location = useLocation();
  const everyServer = rotation.serverIds === null;
  const servers = useQuery({ ...serversOptions(client), enabled: everyServer });
  // By id, not health: a stable order keeps every screen (and every reload) on the same step.
  const fleetIds = useMemo(
    () => (servers.data ?? []).map((server) => server.id).sort(),
    [servers.data],
  );
  const ids = rotation.serverIds ?? fleetIds;
  const steps = useMemo(() => rotationSteps(paths.wall(), paths.server, ids), [ids]);

  const showStep = useEffectEvent((now: number) => {
    const target = steps[stepIndexAt(now, rotation.intervalMs, steps.length)];
    const url = `${target}${withSticky('', sticky)}`;
    // A waiting reload (new deployment, reload=) happens now, between two pages.
    if (pendingReload() !== null) {
      reloadWhenReachable(url);
      return;
    }
    if (location.pathname !== target) void navigate(url, { replace: true });
  });

  useEffect(
    () => startRotationTimer({ intervalMs: rotation.intervalMs, onStep: showStep }),
    [rotation.intervalMs],
  );
  // After a reload, or when the server list arrives, go straight to where the cycle is now.
  useEffect(() => showStep(Date.now()), [steps]);

  return null;
}
