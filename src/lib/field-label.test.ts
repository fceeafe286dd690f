import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldUnit } from './field-label.ts';

describe('fieldLabel', () => {
  it.each([
    ['httpResponseMs', 'HTTP response (ms)'],
    ['activeWorkers', 'Active workers'],
    ['queueLengthCount', 'Queue length (count)'],
    ['dbSizeBytes', 'DB size (bytes)'],
    ['cpuPercent', 'CPU (%)'],
    ['requestsPerSecond', 'Requests per second'],
    ['networkRxBytes', 'Network RX (bytes)'],
    ['sslDaysLeft', 'SSL days left'],
    ['ioWaitPercent', 'IO wait (%)'],
    ['uptimeSeconds', 'Uptime (s)'],
    ['odooWorkers', 'Odoo workers'],
    ['cpuLoad1m', 'CPU load 1m'],
    ['p95LatencyMs', 'P95 latency (ms)'],
  ])('%s → %s', (name, label) => {
    expect(fieldLabel(name)).toBe(label);
  });

  it('reads acronyms written in capitals', () => {
    expect(fieldLabel('HTTPRequestsPerSec')).toBe('HTTP requests per sec');
    expect(fieldLabel('apiURLCount')).toBe('API URL (count)');
  });

  it('reads snake_case and kebab-case names', () => {
    expect(fieldLabel('queue_length_count')).toBe('Queue length (count)');
    expect(fieldLabel('http-response-ms')).toBe('HTTP response (ms)');
  });

  it('keeps a name that is only a unit, and passes unreadable names through', () => {
    expect(fieldLabel('bytes')).toBe('Bytes');
    expect(fieldLabel('')).toBe('');
    expect(fieldLabel('__')).toBe('__');
  });

  it('treats names of built-in object properties as plain words', () => {
    expect(fieldLabel('constructor')).toBe('Constructor');
    expect(fieldLabel('toString')).toBe('To string');
    expect(fieldUnit('constructor')).toBe('none');
  });
});

describe('fieldUnit', () => {
  it.each([
    ['dbSizeBytes', 'bytes'],
    ['cpuPercent', 'percent'],
    ['errorPct', 'percent'],
    ['httpResponseMs', 'ms'],
    ['uptimeSeconds', 'seconds'],
    ['queueLengthCount', 'count'],
    ['requestsPerSecond', 'rate'],
    ['requests_per_sec', 'rate'],
    ['activeWorkers', 'none'],
    ['', 'none'],
  ])('%s → %s', (name, unit) => {
    expect(fieldUnit(name)).toBe(unit);
  });
});
