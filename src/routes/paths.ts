// Every in-app URL is built here, so routes and links cannot drift apart.
export const routePatterns = {
  fleet: '/',
  server: '/servers/:serverId',
  instance: '/instances/:instanceId',
  login: '/login',
  settings: '/settings',
  wall: '/wall',
  alerts: '/alerts',
  instances: '/instances',
} as const;

export const paths = {
  fleet: () => '/',
  server: (serverId: string) => `/servers/${encodeURIComponent(serverId)}`,
  instance: (instanceId: string) => `/instances/${encodeURIComponent(instanceId)}`,
  /** `next` is where to return after sign-in; `reason` says why sign-in is needed. */
  login: ({ next, reason }: { next?: string; reason?: string } = {}) => {
    const params = new URLSearchParams();
    if (next && next !== '/') params.set('next', next);
    if (reason) params.set('reason', reason);
    const query = params.toString();
    return query === '' ? '/login' : `/login?${query}`;
  },
  settings: () => '/settings',
  wall: () => '/wall',
  alerts: () => '/alerts',
  instances: () => '/instances',
};
