// Mock settings from environment variables, shared by the CLI and the Vite plugin.
import type { MockAppOptions } from './app.ts';
import { parseFaultsJson } from '../faults/faults.ts';

export interface EnvOptions extends MockAppOptions {
  port?: number;
  host?: string;
}

/** Parses a whole number within bounds, or throws naming where it came from. */
export function parseInteger(text: string, source: string, min = 0, max = 2 ** 31): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new Error(`${source} must be a whole number between ${min} and ${max}, got "${text}"`);
  }
  return value;
}

/**
 * MOCK_PORT, MOCK_HOST, MOCK_SEED, MOCK_STREAM_INTERVAL_MS, MOCK_TOKEN_TTL_SECONDS and MOCK_FAULTS
 * (JSON, e.g. {"latencyMs":200}); unset or empty variables are ignored.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv): EnvOptions {
  const options: EnvOptions = {};
  const read = (name: string) => (env[name]?.trim() ? env[name].trim() : undefined);
  const port = read('MOCK_PORT');
  if (port) options.port = parseInteger(port, 'MOCK_PORT', 0, 65_535);
  const host = read('MOCK_HOST');
  if (host) options.host = host;
  const seed = read('MOCK_SEED');
  if (seed) options.seed = parseInteger(seed, 'MOCK_SEED');
  const interval = read('MOCK_STREAM_INTERVAL_MS');
  if (interval) options.streamIntervalMs = parseInteger(interval, 'MOCK_STREAM_INTERVAL_MS', 1);
  const ttl = read('MOCK_TOKEN_TTL_SECONDS');
  if (ttl) options.tokenTtlSeconds = parseInteger(ttl, 'MOCK_TOKEN_TTL_SECONDS', 1);
  const faults = read('MOCK_FAULTS');
  if (faults) options.faults = parseFaultsJson(faults, 'MOCK_FAULTS');
  return options;
}
