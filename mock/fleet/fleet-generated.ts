// A large synthetic fleet (the fleetSize fault): deterministic servers with instances spread over them.
import { buildInstance, type InstanceSpec } from './build-instance.ts';
import { buildServer, type ServerSpec } from './build-server.ts';
import type { MockInstance, MockServer } from './fleet-types.ts';
import { createRng, mix32, pick } from '../series/prng.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './units.ts';

const REGIONS = ['eu', 'us', 'ap', 'sa', 'af'] as const;
const WORDS = ['Alpine', 'Coastal', 'Urban', 'Golden', 'Nordic', 'Silver', 'Prairie', 'Harbor'];
const TRADES = ['Bakery', 'Clinic', 'Logistics', 'Studio', 'Foods', 'Motors', 'Textiles', 'Labs'];

function scenarioBehaviour(roll: number, anchorMs: number): Partial<ServerSpec> {
  if (roll < 0.8) return {};
  if (roll < 0.86) return { behaviour: { cpuBase: 88, cpuSwing: 6, loadFactor: 1.1 } };
  if (roll < 0.9) return { behaviour: { diskUsedFraction: 0.93 } };
  if (roll < 0.94) return { behaviour: { ramBase: 0.93, ramSwing: 0.03 } };
  if (roll < 0.96) {
    const boots = [anchorMs - 30 * DAY_MS, anchorMs - Math.round(roll * 20) * HOUR_MS];
    return { behaviour: { boots } };
  }
  if (roll < 0.98) {
    const since = anchorMs - 30 * MINUTE_MS;
    return {
      status: 'unreachable',
      statusMessage: 'Agent has not reported for 30 minutes',
      behaviour: { lastSampleMs: since },
    };
  }
  return {
    status: 'provisioning',
    provisioningStep: 'configuring_proxy',
    statusMessage: 'Configuring reverse proxy',
    behaviour: { firstSampleMs: null },
  };
}

function instanceStatus(
  roll: number,
  anchorMs: number,
): Pick<InstanceSpec, 'status' | 'statusMessage' | 'behaviour'> {
  if (roll < 0.9) return {};
  const stoppedAt = { lastSampleMs: anchorMs - Math.round(roll * 300) * MINUTE_MS };
  if (roll < 0.95)
    return { status: 'stopped', statusMessage: 'Stopped by owner', behaviour: stoppedAt };
  if (roll < 0.98) {
    return {
      status: 'failed',
      statusMessage: 'Container exited with code 137',
      behaviour: stoppedAt,
    };
  }
  return { status: 'restarting', statusMessage: 'Restarting' };
}

/** `count` generated servers numbered from 1, with 0–4 instances each. */
export function generatedFleet(
  seed: number,
  anchorMs: number,
  count: number,
): { servers: MockServer[]; instances: MockInstance[] } {
  const rng = createRng(mix32(seed, 0xf1ee7));
  const servers: MockServer[] = [];
  const instances: MockInstance[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `srv-g${String(n).padStart(4, '0')}`;
    const region = pick(rng, REGIONS);
    const cores = pick(rng, [2, 4, 8, 16] as const);
    const scenario = scenarioBehaviour(rng(), anchorMs);
    const server = buildServer(seed, anchorMs, {
      id,
      name: `odoo-${region}-${n}`,
      description: `Generated server ${n}`,
      host: `10.${(n >> 8) & 255}.${n & 255}.10`,
      cpuCores: cores,
      ramGiB: cores * 4,
      diskGiB: cores * 40,
      createdDaysAgo: 10 + Math.floor(rng() * 400),
      ...scenario,
      behaviour: { cpuBase: 10 + rng() * 45, ...scenario.behaviour },
    });
    servers.push(server);
    const instanceCount = Math.floor(rng() * 5);
    for (let k = 1; k <= instanceCount; k++) {
      const name = `${pick(rng, WORDS)} ${pick(rng, TRADES)} ${n}-${k}`;
      const spec: InstanceSpec = {
        id: `inst-g${String(n).padStart(4, '0')}-${k}`,
        name,
        serverId: id,
        createdDaysAgo: 5 + Math.floor(rng() * 200),
        ...instanceStatus(rng(), anchorMs),
      };
      instances.push(buildInstance(seed, anchorMs, server, spec));
    }
  }
  return { servers, instances };
}

/** `count` more instances, spread round-robin over `servers` (the instanceCount fault). */
export function generatedInstances(
  seed: number,
  anchorMs: number,
  servers: readonly MockServer[],
  count: number,
): MockInstance[] {
  const rng = createRng(mix32(seed, 0x1257));
  const instances: MockInstance[] = [];
  for (let n = 1; n <= count; n++) {
    const server = servers[(n - 1) % servers.length];
    const healthScore = Math.round(40 + rng() * 60);
    const grade = 'FFFFDCBAA'.charAt(Math.min(8, Math.floor(healthScore / 10) - 1));
    const spec: InstanceSpec = {
      id: `inst-x${String(n).padStart(5, '0')}`,
      name: `${pick(rng, WORDS)} ${pick(rng, TRADES)} x${n}`,
      serverId: server.id,
      createdDaysAgo: 5 + Math.floor(rng() * 300),
      restartCount: Math.floor(rng() * rng() * 12),
      sslExpiresInDays: Math.floor(rng() * 90) - 5,
      healthScore,
      healthScoreGrade: grade,
      odooVersion: pick(rng, ['16.0', '17.0', '18.0'] as const),
      odooEdition: pick(rng, ['community', 'enterprise'] as const),
      ...instanceStatus(rng(), anchorMs),
    };
    instances.push(buildInstance(seed, anchorMs, server, spec));
  }
  return instances;
}
