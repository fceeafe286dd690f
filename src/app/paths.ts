// Every in-app URL is built here, so routes and links cannot drift apart.
export const routePatterns = {
  fleet: '/',
  server: '/servers/:serverId',
  instance: '/instances/:instanceId',
} as const;

export const paths = {
  fleet: () => '/',
  server: (serverId: string) => `/servers/${encodeURIComponent(serverId)}`,
  instance: (instanceId: string) => `/instances/${encodeURIComponent(instanceId)}`,
};
