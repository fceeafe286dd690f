import { describe, expect, it } from 'vitest';
import { instanceStatusTone, serverStatusTone, statusText } from './status-tone.ts';

describe('status tones', () => {
  it('maps documented server statuses, case-insensitively, and unknown ones neutrally', () => {
    expect(serverStatusTone('active')).toBe('ok');
    expect(serverStatusTone('UNREACHABLE')).toBe('critical');
    expect(serverStatusTone('provisioning')).toBe('unknown');
  });

  it('maps every documented instance status', () => {
    expect(instanceStatusTone('Running')).toBe('ok');
    expect(instanceStatusTone('restarting')).toBe('warning');
    expect(instanceStatusTone('failed')).toBe('critical');
    expect(instanceStatusTone('error')).toBe('critical');
    expect(instanceStatusTone('stopped')).toBe('unknown');
    expect(instanceStatusTone('hibernating')).toBe('unknown');
  });

  it('labels statuses for display', () => {
    expect(statusText('restarting')).toBe('Restarting');
    expect(statusText('  ')).toBe('Unknown');
  });
});
