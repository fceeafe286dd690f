import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query and fragment', () => {
    expect(safeNextPath('/servers/srv-01?period=6h')).toBe('/servers/srv-01?period=6h');
    expect(safeNextPath('/instances/i-1#cpu')).toBe('/instances/i-1#cpu');
    expect(safeNextPath('/')).toBe('/');
  });

  it('refuses anything that could leave the site', () => {
    for (const hostile of [
      'https://evil.example',
      'http:/evil.example',
      'javascript:alert(1)',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      ' /servers',
      'servers',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(hostile), String(hostile)).toBe('/');
    }
  });

  it('does not send the user back to the sign-in page', () => {
    expect(safeNextPath('/login?next=/login')).toBe('/');
  });

  it('keeps an encoded slash as a harmless in-app path', () => {
    expect(safeNextPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });
});
