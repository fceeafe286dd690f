import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);

describe("DataAge with oCore's clock ahead", () => {
  beforeEach(() => void vi.useFakeTimers({ now: NOW }));
  afterEach(() => void vi.useRealTimers());

  it('flags a sample from a clock 45 min ahead and still turns stale when updates stop', () => {
    const { container } = render(
      <DataAge collectedAt={NOW + 45 * 60_000} expectedIntervalMs={10_000} />,
    );
    expect(screen.getByText(/oCore's clock is 45 min ahead/)).toBeInTheDocument();
    expect(container).toHaveTextContent(/^Updated just now/);
    act(() => void vi.advanceTimersByTime(31_000));
    expect(container).toHaveTextContent(/^Stale · Updated 31 s ago/);
  });

  it('reads a sample within the tolerance as ordinary', () => {
    const { container } = render(
      <DataAge collectedAt={NOW + 60_000} expectedIntervalMs={10_000} />,
    );
    expect(screen.queryByText(/clock is/)).not.toBeInTheDocument();
    expect(container).toHaveTextContent(/^Updated just now$/);
  });
});
