import { describe, expect, it } from 'vitest';
import {
  alertSeverity,
  byAlertPriority,
  openAlertCounts,
  severityLabel,
  severityTone,
  type AlertEvent,
} from './alerts.ts';

const event = (patch: Partial<AlertEvent>): AlertEvent => ({
  id: 'e',
  title: 'Alert',
  severity: 'unknown',
  severityText: '',
  resourceType: null,
  resourceId: null,
  resourceName: '',
  message: '',
  triggeredAt: null,
  resolvedAt: null,
  resolved: false,
  details: [],
  ...patch,
});

describe('alert severity', () => {
  it('reads common words case-insensitively and shows unknown ones neutrally, as given', () => {
    expect(alertSeverity(' CRITICAL ')).toBe('critical');
    expect(alertSeverity('warn')).toBe('warning');
    expect(alertSeverity('info')).toBe('info');
    expect(alertSeverity('sev-7')).toBe('unknown');
    expect(severityTone('unknown')).toBe('unknown');
    expect(severityLabel({ severity: 'unknown', severityText: 'SEV-7' })).toBe('SEV-7');
    expect(severityLabel({ severity: 'unknown', severityText: '' })).toBe('No severity');
    expect(severityLabel({ severity: 'warning', severityText: 'WARN' })).toBe('Warning');
  });
});

describe('byAlertPriority and openAlertCounts', () => {
  it('puts open before resolved, newest first, undated last', () => {
    const list = [
      event({ id: 'resolved-new', resolved: true, triggeredAt: 300 }),
      event({ id: 'open-undated' }),
      event({ id: 'open-old', triggeredAt: 100 }),
      event({ id: 'open-new', triggeredAt: 200 }),
    ];
    expect(list.sort(byAlertPriority).map((e) => e.id)).toEqual([
      'open-new',
      'open-old',
      'open-undated',
      'resolved-new',
    ]);
  });

  it('counts open alerts by severity, worst first', () => {
    const counts = openAlertCounts([
      event({ severity: 'warning' }),
      event({ severity: 'critical' }),
      event({ severity: 'warning' }),
      event({ severity: 'critical', resolved: true }),
      event({ severity: 'unknown' }),
    ]);
    expect(counts).toEqual([
      { label: 'critical', count: 1, tone: 'critical' },
      { label: 'warning', count: 2, tone: 'warning' },
      { label: 'other', count: 1, tone: 'unknown' },
    ]);
  });
});
