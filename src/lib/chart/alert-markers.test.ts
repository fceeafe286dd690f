import { describe, expect, it } from 'vitest';
import { parseAlertEvent } from '../../api/alerts/alert-schemas.ts';
import { alertMarkers } from './alert-markers.ts';

const events = [
  {
    ruleName: 'CPU above 90 %',
    severity: 'warning',
    resourceType: 'server',
    resourceId: 'srv-03',
    triggeredAt: 2_000_000_000_000,
  },
  { title: 'Down', serverId: 'srv-03', triggeredAt: 2_000_000_100_000, resolved: true },
  { ruleName: 'Other server', resourceId: 'srv-04', triggeredAt: 2_000_000_000_000 },
  {
    ruleName: 'Same id, instance',
    resourceType: 'instance',
    resourceId: 'srv-03',
    triggeredAt: 2_000_000_000_000,
  },
  { ruleName: 'Too old', resourceId: 'srv-03', triggeredAt: 1_000_000_000_000 },
  { ruleName: 'No time', resourceId: 'srv-03' },
].map(parseAlertEvent);

describe('alertMarkers', () => {
  it("marks this resource's alerts inside the window, with their title for hover and focus", () => {
    const markers = alertMarkers(
      events,
      { type: 'server', id: 'srv-03' },
      [1_999_000_000_000, 2_001_000_000_000],
    );
    expect(markers).toEqual([
      {
        x: 2_000_000_000_000,
        label: 'Alert',
        title: 'Alert: CPU above 90 % (open)',
        color: 'var(--warning)',
      },
      {
        x: 2_000_000_100_000,
        label: 'Alert',
        title: 'Alert: Down (resolved)',
        color: 'var(--unknown)',
      },
    ]);
  });
});
