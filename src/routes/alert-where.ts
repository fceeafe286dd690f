import type { AlertEvent } from '../model/alerts.ts';
import { paths } from './paths.ts';

/** The ids and names of what the dashboard knows, to place an alert. */
export interface KnownResources {
  servers: ReadonlyMap<string, string>;
  instances: ReadonlyMap<string, string>;
}

export interface AlertWhere {
  label: string;
  href: string | null;
}

export function knownResources(
  servers: readonly { id: string; name: string }[] | undefined,
  instances: readonly { id: string; name: string }[] | undefined,
): KnownResources {
  return {
    servers: new Map(servers?.map((server) => [server.id, server.name])),
    instances: new Map(instances?.map((instance) => [instance.id, instance.name])),
  };
}

/** A link when the resource id names a known server or instance; the name the API gave otherwise. */
export function alertWhere(event: AlertEvent, known: KnownResources): AlertWhere {
  const id = event.resourceId;
  const label = (name: string | undefined) => event.resourceName || name || id || '';
  if (id !== null && event.resourceType !== 'instance' && known.servers.has(id)) {
    return { label: label(known.servers.get(id)), href: paths.server(id) };
  }
  if (id !== null && event.resourceType !== 'server' && known.instances.has(id)) {
    return { label: label(known.instances.get(id)), href: paths.instance(id) };
  }
  return { label: label(undefined), href: null };
}
