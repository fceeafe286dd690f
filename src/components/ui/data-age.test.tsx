import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render-with-providers.tsx';
import { DataAge } from './data-age.tsx';

// 2026-11-26 23:30:05 UTC: a day later in UTC+ zones, so the zone shows in the exact time.
const COLLECTED_AT = Date.UTC(2026, 10, 26, 23, 30, 5);

describe('DataAge', () => {
  it('says how old fresh data is, with the exact time in the app-wide zone as its title', () => {
    const now = Date.now();
    renderWithProviders({
      ui: <DataAge collectedAt={now - 12_000} expectedIntervalMs={30_000} />,
      timeZone: 'utc',
    });
    const age = screen.getByText(/^Updated/);
    expect(age).toHaveTextContent(/Updated \d+ s ago/);
    expect(age).not.toHaveTextContent('Stale');
  });

  it('names the time of data that stopped long ago, in the app-wide zone', () => {
    renderWithProviders({
      ui: <DataAge collectedAt={COLLECTED_AT} expectedIntervalMs={30_000} />,
      timeZone: 'utc',
    });
    const dead = screen.getByText(/^No data since/);
    expect(dead).toHaveTextContent(/23:30/);
    expect(dead.getAttribute('title')).toMatch(/23:30:05/);
  });

  it('says there is no data yet when nothing was ever collected', () => {
    renderWithProviders({ ui: <DataAge collectedAt={null} expectedIntervalMs={30_000} /> });
    expect(screen.getByText('No data yet')).toBeInTheDocument();
  });
});
