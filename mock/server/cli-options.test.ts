// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_PORT, parseCliOptions } from './cli-options.ts';
import { optionsFromEnv } from './env-options.ts';

describe('mock settings', () => {
  it('defaults to 127.0.0.1:8787 with no faults', () => {
    expect(parseCliOptions([], {})).toMatchObject({
      port: DEFAULT_MOCK_PORT,
      host: '127.0.0.1',
      faults: {},
      help: false,
    });
  });

  it('reads environment variables', () => {
    expect(
      optionsFromEnv({
        MOCK_PORT: '8799',
        MOCK_STREAM_INTERVAL_MS: '500',
        MOCK_TOKEN_TTL_SECONDS: '60',
        MOCK_FAULTS: '{"latencyMs":200,"errors":[{"pattern":"*","status":503}]}',
        MOCK_SEED: '',
      }),
    ).toEqual({
      port: 8799,
      streamIntervalMs: 500,
      tokenTtlSeconds: 60,
      faults: { latencyMs: 200, errors: [{ pattern: '*', status: 503 }] },
    });
    expect(() => optionsFromEnv({ MOCK_FAULTS: '{"nope":1}' })).toThrow(/MOCK_FAULTS/);
    expect(() => optionsFromEnv({ MOCK_STREAM_INTERVAL_MS: 'fast' })).toThrow(
      /MOCK_STREAM_INTERVAL_MS/,
    );
  });

  it('lets flags override the environment and layer fault flags over --faults', () => {
    const options = parseCliOptions(
      [
        '--port',
        '9000',
        '--host',
        '0.0.0.0',
        '--stream-interval',
        '1000',
        '--token-ttl',
        '60',
        '--faults',
        '{"latencyMs":50,"hostileText":true}',
        '--latency',
        '200',
        '--dense',
        '--fleet-size',
        '1000',
        '--malformed',
        'duplicates',
      ],
      { MOCK_PORT: '8799', MOCK_FAULTS: '{"streamStall":true}' },
    );
    expect(options).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      streamIntervalMs: 1000,
      tokenTtlSeconds: 60,
      faults: {
        streamStall: true,
        latencyMs: 200,
        hostileText: true,
        dense: true,
        fleetSize: 1000,
        malformed: 'duplicates',
      },
    });
  });

  it('rejects unknown flags and bad values', () => {
    expect(() => parseCliOptions(['--nope'], {})).toThrow();
    expect(() => parseCliOptions(['--malformed', 'weird'], {})).toThrow(/--malformed/);
    expect(() => parseCliOptions(['--port', '70000'], {})).toThrow(/--port/);
  });
});
