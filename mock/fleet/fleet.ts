// Assembles the simulated fleet: the curated scenarios, optionally grown or cut to a fleet size.
import { curatedInstances } from './fleet-instances.ts';
import { curatedServers } from './fleet-servers.ts';
import { generatedFleet } from './fleet-generated.ts';
import type { Fleet, MockInstance, MockServer } from './fleet-types.ts';

/** With `fleetSize` null the curated fleet; otherwise exactly that many simulated servers. */
export function buildFleet(seed: number, anchorMs: number, fleetSize: number | null): Fleet {
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
  const instances = [...curatedInstances(seed, anchorMs, serversById), ...extraInstances];
  const instancesById = new Map(instances.map((instance) => [instance.id, instance]));
  return { servers, instances, serversById, instancesById };
}
