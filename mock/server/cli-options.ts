// Command-line flags for `npm run mock`, layered over environment variables and defaults.
import { parseArgs } from 'node:util';
import { optionsFromEnv, parseInteger, type EnvOptions } from './env-options.ts';
import {
  MALFORMED_KINDS,
  parseFaultsJson,
  type Faults,
  type MalformedKind,
} from '../faults/faults.ts';

export const DEFAULT_MOCK_PORT = 8787;

export const CLI_HELP = `Usage: npm run mock -- [flags]

  --port N              listen port (default 8787; env MOCK_PORT; 0 = any free port)
  --host ADDR           listen address (default 127.0.0.1; env MOCK_HOST)
  --seed N              seed for all simulated data (env MOCK_SEED)
  --stream-interval MS  milliseconds between SSE events (default 10000; env MOCK_STREAM_INTERVAL_MS)
  --token-ttl S         access-token lifetime in seconds (default 3600; env MOCK_TOKEN_TTL_SECONDS)
  --faults JSON         start-up faults, e.g. '{"latencyMs":200}' (env MOCK_FAULTS)
  --latency MS          delay every /api response
  --dense               raw 30 s samples for every period
  --fleet-size N        exactly N simulated servers
  --instance-count N    exactly N instances (generated ones spread over the servers)
  --hostile-text        markup, bidi and 10,000-character strings in every text field
  --malformed KIND      ${MALFORMED_KINDS.join(' | ')}
  --help                show this help`;

export type CliOptions = EnvOptions & { port: number; host: string; help: boolean };

export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'stream-interval': { type: 'string' },
      'token-ttl': { type: 'string' },
      faults: { type: 'string' },
      latency: { type: 'string' },
      dense: { type: 'boolean' },
      'fleet-size': { type: 'string' },
      'instance-count': { type: 'string' },
      'hostile-text': { type: 'boolean' },
      malformed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const fromEnv = optionsFromEnv(env);
  const faults: Partial<Faults> = { ...fromEnv.faults };
  if (values.faults) Object.assign(faults, parseFaultsJson(values.faults, '--faults'));
  if (values.latency) faults.latencyMs = parseInteger(values.latency, '--latency');
  if (values.dense) faults.dense = true;
  if (values['fleet-size']) faults.fleetSize = parseInteger(values['fleet-size'], '--fleet-size');
  if (values['instance-count']) {
    faults.instanceCount = parseInteger(values['instance-count'], '--instance-count');
  }
  if (values['hostile-text']) faults.hostileText = true;
  if (values.malformed) {
    if (!(MALFORMED_KINDS as readonly string[]).includes(values.malformed)) {
      throw new Error(`--malformed must be one of ${MALFORMED_KINDS.join(', ')}`);
    }
    faults.malformed = values.malformed as MalformedKind;
  }
  const number = (flag: string | undefined, name: string, min = 0, max?: number) =>
    flag === undefined ? undefined : parseInteger(flag, name, min, max);
  return {
    ...fromEnv,
    port: number(values.port, '--port', 0, 65_535) ?? fromEnv.port ?? DEFAULT_MOCK_PORT,
    host: values.host ?? fromEnv.host ?? '127.0.0.1',
    seed: number(values.seed, '--seed') ?? fromEnv.seed,
    streamIntervalMs:
      number(values['stream-interval'], '--stream-interval', 1) ?? fromEnv.streamIntervalMs,
    tokenTtlSeconds: number(values['token-ttl'], '--token-ttl', 1) ?? fromEnv.tokenTtlSeconds,
    faults,
    help: values.help ?? false,
  };
}
