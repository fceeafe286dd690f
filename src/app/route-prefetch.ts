import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router-dom';
import type { ApiClient } from '../api/client.ts';
import { parsePeriod } from '../model/periods.ts';

import * as instanceQueryModule from '../queries/instance-queries.ts';
import * as serverQueryModule from '../queries/server-queries.ts';

// In the entry already (the kiosk rotation and the session check use them): a static import
// saves the round trip a lazy one would cost before the first request.
const serverQueries = () => Promise.resolve(serverQueryModule);
const instanceQueries = () => Promise.resolve(instanceQueryModule);

export interface PrefetchDeps {
  queryClient: QueryClient;
  apiClient: ApiClient;
  /** False while nobody is signed in: the page will send them to sign-in instead. */
  canPrefetch: () => boolean;
}

type Load = (args: LoaderFunctionArgs, deps: PrefetchDeps) => Promise<Promise<unknown>[]>;

/**
 * A route loader that starts the page's requests at route match, in parallel with its lazy chunk,
 * and never waits for them: the page's own queries pick up the requests already in flight.
 */
function prefetch(load: Load, deps: PrefetchDeps | undefined) {
  return (args: LoaderFunctionArgs) => {
    if (deps?.canPrefetch()) void load(args, deps).then((started) => Promise.allSettled(started));
    return null;
  };
}

const periodOf = (request: Request) => parsePeriod(new URL(request.url).searchParams.get('period'));

const fleet: Load = async (_, { queryClient, apiClient }) => {
  const [{ serversOptions }, { instancesOptions }] = await Promise.all([
    serverQueries(),
    instanceQueries(),
  ]);
  return [
    queryClient.prefetchQuery(serversOptions(apiClient)),
    queryClient.prefetchQuery(instancesOptions(apiClient)),
  ];
};

const server: Load = async ({ params, request }, { queryClient, apiClient }) => {
  const id = params.serverId ?? '';
  const [{ serverMetricsOptions, serverOptions, serverLatestOptions }, { instancesOptions }] =
    await Promise.all([serverQueries(), instanceQueries()]);
  return [
    queryClient.prefetchQuery(serverMetricsOptions(apiClient, id, periodOf(request))),
    queryClient.prefetchQuery(serverOptions(apiClient, id)),
    queryClient.prefetchQuery(serverLatestOptions(apiClient, id)),
    queryClient.prefetchQuery(instancesOptions(apiClient, id)),
  ];
};

const instance: Load = async ({ params, request }, { queryClient, apiClient }) => {
  const id = params.instanceId ?? '';
  const { instanceMetricsOptions, instanceOptions } = await instanceQueries();
  return [
    queryClient.prefetchQuery(instanceMetricsOptions(apiClient, id, periodOf(request))),
    queryClient.prefetchQuery(instanceOptions(apiClient, id)),
  ];
};

/**
 * Loaders run again only for another page: a new period or filter keystroke is asked for by the
 * page as it renders, and a navigation that runs no loader stays synchronous.
 */
function onNewPage({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname !== nextUrl.pathname;
}

export function routePrefetch(deps: PrefetchDeps | undefined) {
  return {
    fleet: { loader: prefetch(fleet, deps), shouldRevalidate: onNewPage },
    server: { loader: prefetch(server, deps), shouldRevalidate: onNewPage },
    instance: { loader: prefetch(instance, deps), shouldRevalidate: onNewPage },
  };
}
