import { describe, expect, it } from 'vitest';
import {
  THRESHOLD_RULES,
  loadSeverity,
  percentSeverity,
  severityLabel,
  worstSeverity,
} from './thresholds.ts';

describe('percentSeverity', () => {
  it.each([
    [0, 'ok'],
    [79.9, 'ok'],
    [80, 'warning'],
    [89.99, 'warning'],
    [90, 'critical'],
    [100, 'critical'],
    [null, 'unknown'],
    [NaN, 'unknown'],
  ] as const)('%s %% → %s', (value, expected) => {
    expect(percentSeverity(value)).toBe(expected);
  });
});

describe('loadSeverity', () => {
  it.each([
    [3.9, 4, 'ok'],
    [4, 4, 'ok'],
    [4.01, 4, 'warning'],
    [8, 4, 'warning'],
    [8.01, 4, 'critical'],
    [0, 1, 'ok'],
  ] as const)('load %s on %s cores → %s', (load, cores, expected) => {
    expect(loadSeverity(load, cores)).toBe(expected);
  });

  it('is unknown without a usable load or core count', () => {
    expect(loadSeverity(12, null)).toBe('unknown');
    expect(loadSeverity(12, 0)).toBe('unknown');
    expect(loadSeverity(null, 4)).toBe('unknown');
  });
});

describe('worstSeverity', () => {
  it('picks the most severe, ranking unknown above ok', () => {
    expect(worstSeverity('ok', 'critical', 'warning')).toBe('critical');
    expect(worstSeverity('ok', 'warning')).toBe('warning');
    expect(worstSeverity('ok', 'unknown')).toBe('unknown');
    expect(worstSeverity('unknown', 'warning')).toBe('warning');
    expect(worstSeverity('ok', 'ok')).toBe('ok');
  });

  it('is unknown when given nothing', () => {
    expect(worstSeverity()).toBe('unknown');
  });
});

describe('labels and legend', () => {
  it('labels severities for people', () => {
    expect(severityLabel('ok')).toBe('OK');
    expect(severityLabel('warning')).toBe('Warning');
    expect(severityLabel('critical')).toBe('Critical');
    expect(severityLabel('unknown')).toBe('Unknown');
  });

  it('describes the rules in the same numbers the checks use', () => {
    expect(THRESHOLD_RULES.map((rule) => rule.text)).toEqual([
      'CPU, memory, disk: warning ≥ 80 %, critical ≥ 90 %',
      'Load: warning above core count, critical above 2× cores',
    ]);
  });
});
