// The hand-made instance fleet: every status, plus odd sample shapes for the client adapter.
import { buildInstance } from './build-instance.ts';
import type { MockInstance, MockServer } from './fleet-types.ts';
import { lifecycleInstanceSpecs } from './instance-specs-lifecycle.ts';
import { runningInstanceSpecs } from './instance-specs-running.ts';

/** Instance ids by the scenario they exhibit, for tests and docs. */
export const INSTANCE_SCENARIOS = {
  running: 'inst-01',
  extraFields: 'inst-01',
  unnamedStreamEvents: 'inst-02',
  stopped: 'inst-03',
  aliasFields: 'inst-04',
  restarting: 'inst-07',
  cpuOverOneCore: 'inst-09',
  sslExpiringSoon: 'inst-10',
  failed: 'inst-13',
  removing: 'inst-16',
  memoryNearLimit: 'inst-17',
  error: 'inst-19',
  restartedWithServerReboot: 'inst-20',
  onUnreachableServer: 'inst-22',
  creating: 'inst-24',
  noMetrics: 'inst-24',
  justLaunched: 'inst-30',
} as const;

export function curatedInstances(
  seed: number,
  anchorMs: number,
  serversById: Map<string, MockServer>,
): MockInstance[] {
  const specs = [...runningInstanceSpecs(), ...lifecycleInstanceSpecs(anchorMs)];
  specs.sort((a, b) => a.id.localeCompare(b.id));
  return specs.flatMap((spec, index) => {
    const server = serversById.get(spec.serverId);
    if (!server) return [];
    // Odd-numbered ids name their SSE events "metrics"; even-numbered ones send unnamed events.
    const streamEventName: 'metrics' | null = index % 2 === 0 ? 'metrics' : null;
    const behaviour = { streamEventName, ...spec.behaviour };
    return [buildInstance(seed, anchorMs, server, { ...spec, behaviour })];
  });
}
