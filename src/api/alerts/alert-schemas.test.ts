import { describe, expect, it } from 'vitest';
import {
  parseAlertCount,
  parseAlertEvent,
  parseAlertEventsPage,
  parseAlertRules,
} from './alert-schemas.ts';

const MOCK_EVENT = {
  id: '0b6c1f7e-2a41-5d3e-a1b2-1234567890ab',
  ruleId: 'rule-cpu-high',
  ruleName: 'CPU above 90 %',
  severity: 'warning',
  resourceType: 'server',
  resourceId: 'srv-03',
  resourceName: 'odoo-prod-us-1',
  metric: 'cpuUsagePercent',
  value: 93.1,
  threshold: 90,
  message: 'CPU above 90 %: cpuUsagePercent 93.1 % (threshold 90 %) on odoo-prod-us-1',
  triggeredAt: '2026-11-26T11:55:00.000Z',
  resolvedAt: null,
  resolved: false,
};

describe('parseAlertEvent', () => {
  it("reads the mock's shape and keeps the unplaced fields as details", () => {
    const event = parseAlertEvent(MOCK_EVENT);
    expect(event).toMatchObject({
      id: MOCK_EVENT.id,
      title: 'CPU above 90 %',
      severity: 'warning',
      severityText: 'warning',
      resourceType: 'server',
      resourceId: 'srv-03',
      resourceName: 'odoo-prod-us-1',
      message: MOCK_EVENT.message,
      triggeredAt: Date.parse(MOCK_EVENT.triggeredAt),
      resolvedAt: null,
      resolved: false,
    });
    expect(event.details).toEqual([
      ['ruleId', 'rule-cpu-high'],
      ['metric', 'cpuUsagePercent'],
      ['value', '93.1'],
      ['threshold', '90'],
    ]);
  });

  it('reads the aliases API.md lists: title/name, level/priority, serverId/instanceId, createdAt/firedAt', () => {
    expect(
      parseAlertEvent({
        title: 'Disk full',
        level: 'CRITICAL',
        serverId: 'srv-05',
        createdAt: 1_764_000_000,
      }),
    ).toMatchObject({
      title: 'Disk full',
      severity: 'critical',
      resourceType: 'server',
      resourceId: 'srv-05',
      triggeredAt: 1_764_000_000_000,
      resolved: false,
    });
    expect(
      parseAlertEvent({
        name: 'Down',
        priority: 'p3',
        instanceId: 42,
        firedAt: '2026-11-26 10:00:00',
        resolvedAt: '2026-11-26T10:05:00Z',
      }),
    ).toMatchObject({
      title: 'Down',
      severity: 'info',
      resourceType: 'instance',
      resourceId: '42',
      triggeredAt: Date.UTC(2026, 10, 26, 10),
      resolved: true,
    });
  });

  it('takes the first alias that is usable, and an explicit resolved flag over resolvedAt', () => {
    const event = parseAlertEvent({
      ruleName: '',
      title: 'Second',
      resolved: 'false',
      resolvedAt: '2026-11-26T10:05:00Z',
    });
    expect(event.title).toBe('Second');
    expect(event.resolved).toBe(false);
    expect(event.details).toContainEqual(['ruleName', '']);
  });

  it('renders an empty object and non-objects instead of failing', () => {
    expect(parseAlertEvent({})).toEqual({
      id: null,
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
    });
    expect(parseAlertEvent(null).details).toEqual([['value', '—']]);
    expect(parseAlertEvent('boom').details).toEqual([['value', 'boom']]);
    expect(parseAlertEvent([1, 2]).details).toEqual([['value', '[1,2]']]);
  });

  it('keeps an unknown severity as the API spelled it, and nonsense times as unknown', () => {
    const event = parseAlertEvent({ severity: 'SEV-7', triggeredAt: '9999-99-99', value: 'NaN' });
    expect(event).toMatchObject({ severity: 'unknown', severityText: 'SEV-7', triggeredAt: null });
    expect(parseAlertEvent({ severity: 3 }).severity).toBe('unknown');
  });

  it('leaves hostile strings as inert text, capped, and never throws on odd values', () => {
    const script = '<script>alert("xss")</script>';
    const long = 'W\u0301'.repeat(5_000);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const event = parseAlertEvent({
      ruleName: script,
      message: long,
      resourceName: '\u202Egnp.exe\u202C',
      __proto__: { polluted: true },
      constructor: 'x',
      nested: cyclic,
      big: 10n,
    });
    expect(event.title).toBe(script);
    expect(event.message.length).toBeLessThanOrEqual(2_001);
    expect(event.resourceName).toBe('\u202Egnp.exe\u202C');
    expect(event.details).toContainEqual(['nested', '(unreadable)']);
    expect(event.details).toContainEqual(['big', '(unreadable)']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseAlertEventsPage', () => {
  it('reads the documented page, and tolerates bare arrays and other spellings', () => {
    const page = parseAlertEventsPage(
      { events: [MOCK_EVENT], page: 2, perPage: 20, total: 21 },
      { page: 2, perPage: 20 },
    );
    expect(page).toMatchObject({ page: 2, perPage: 20, total: 21 });
    expect(page.events[0]?.title).toBe('CPU above 90 %');
    expect(parseAlertEventsPage([{}, {}], { page: 1, perPage: 50 })).toMatchObject({
      page: 1,
      perPage: 50,
      total: null,
    });
    expect(
      parseAlertEventsPage({ items: [{}], per_page: 5, total: '7' }, { page: 1, perPage: 20 }),
    ).toMatchObject({ perPage: 5, total: 7 });
  });

  it('fails readably when there is no list at all', () => {
    expect(() => parseAlertEventsPage({ events: 'none' }, { page: 1, perPage: 20 })).toThrow(
      /events/,
    );
    expect(() => parseAlertEventsPage(null, { page: 1, perPage: 20 })).toThrow(/events/);
  });
});

describe('parseAlertCount and parseAlertRules', () => {
  it('reads {count} or a bare number and rejects the rest', () => {
    expect(parseAlertCount({ count: 3 })).toBe(3);
    expect(parseAlertCount('4')).toBe(4);
    expect(() => parseAlertCount({ count: -1 })).toThrow();
    expect(() => parseAlertCount({ count: 1.5 })).toThrow();
    expect(() => parseAlertCount({})).toThrow();
  });

  it('reads rules from {rules} or a bare array', () => {
    expect(parseAlertRules({ rules: [{ id: 'r1', name: 'CPU', severity: 'warning' }, 7] })).toEqual(
      [
        { id: 'r1', name: 'CPU', severity: 'warning' },
        { id: null, name: 'Unnamed rule', severity: '' },
      ],
    );
    expect(parseAlertRules([])).toEqual([]);
    expect(() => parseAlertRules({})).toThrow();
  });
});
