// What the route modules share: live state, the clock, the current fleet and the local host.
import type { Fleet } from '../fleet/fleet-types.ts';
import type { LocalHost } from '../fleet/local-host.ts';
import type { MockState } from './state.ts';

export interface MockDeps {
  state: MockState;
  now: () => number;
  /** The fleet for the current fault settings (rebuilt when fleetSize changes). */
  fleet: () => Fleet;
  localHost: LocalHost | null;
  streamIntervalMs: number;
}
