// Assembles the simulated fleet: the curated scenarios, optionally grown or cut to a fleet size.
import { curatedInstances } from './fleet-instances.ts';
import { curatedServers } from './fleet-servers.ts';
import { generatedFleet, generatedInstances } from './fleet-generated.ts';
import type { Fleet, MockInstance, MockServer } from './fleet-types.ts';

/**
 * With `fleetSize` null the curated fleet; otherwise exactly that many simulated servers. With
 * `instanceCount` set, exactly that many instances (cut, or grown over the servers).
 */
export function buildFleet(
  seed: number,
  anchorMs: number,
  fleetSize: number | null,
  instanceCount: number | null = null,
): Fleet {
  const curated = curatedServers(seed, anchorMs);
  let servers: MockServer[] = curated;
  let extraInstances: MockInstance[] = [];
  if (fleetSize !== null && fleetSize <= curated.length) {
    servers = curated.slice(0, Math.max(0, fleetSize));
  } else if (fleetSize !== null) {
    const generated = generatedFleet(seed, anchorMs, fleetSize - curated.length);
    servers = [...curated, ...generated.servers];
    extraInstances = generated.instances;
  }
  const serversById = new Map(servers.map((server) => [server.id, server]));
  let instances = [...curatedInstances(seed, anchorMs, serversById), ...extraInstances];
  if (instanceCount !== null && instanceCount <= instances.length) {
    instances = instances.slice(0, instanceCount);
  } else if (instanceCount !== null && servers.length > 0) {
    const more = generatedInstances(seed, anchorMs, servers, instanceCount - instances.length);
    instances = [...instances, ...more];
  }
  const instancesById = new Map(instances.map((instance) => [instance.id, instance]));
  return { servers, instances, serversById, instancesById };
}
