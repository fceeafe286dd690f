import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

// Legends, zoom and compare on the server page, driven through the URL against the mock.
const mock = sharedTestMock();

const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

async function loaded(name: string) {
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(within(region).getByText(/averages|samples/)).toBeInTheDocument());
  return region;
}

describe('ServerPage chart view', () => {
  it('toggles series from the legend, by click and by keyboard, keeping one visible', async () => {
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/servers/srv-01' });
    const memory = await loaded('Memory');
    const legend = within(memory).getByRole('list', { name: 'Series' });
    const used = await within(legend).findByRole('button', { name: /^Used \d/ });
    const total = within(legend).getByRole('button', { name: /^Total \d/ });
    expect(used).toHaveAttribute('aria-pressed', 'true');
    await user.click(total);
    expect(total).toHaveAttribute('aria-pressed', 'false');
    // The last visible series stays.
    await user.click(used);
    expect(used).toHaveAttribute('aria-pressed', 'true');
    expect(used).toHaveAttribute('aria-disabled', 'true');
    total.focus();
    await user.keyboard('{Enter}');
    expect(total).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(total).toHaveAttribute('aria-pressed', 'false');
    // One series, no compare: no legend.
    expect(
      within(screen.getByRole('region', { name: 'CPU usage' })).queryByRole('list', {
        name: 'Series',
      }),
    ).not.toBeInTheDocument();
  });

  it('restores a zoom from the URL, fetches finer data inside it, and resets', async () => {
    const now = Date.now();
    const { user, router } = renderWithProviders({
      apiOrigin: mock.url,
      url: `/servers/srv-01?period=24h&from=${iso(now - HOUR / 2)}&to=${now}`,
    });
    expect(await screen.findByText(/^Zoomed to/)).toBeInTheDocument();
    const cpu = await screen.findByRole('region', { name: 'CPU usage' });
    expect(await within(cpu).findByText('30 s samples (from the 1 h data)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(router.state.location.search).toBe('?period=24h');
    expect(await within(cpu).findByText('5 min averages')).toBeInTheDocument();
  });

  it('says when a zoom reaches back beyond the finer periods, and a period change clears it', async () => {
    const now = Date.now();
    const { user, router } = renderWithProviders({
      apiOrigin: mock.url,
      url: `/servers/srv-01?period=7d&from=${now - 72 * HOUR}&to=${now - 60 * HOUR}`,
    });
    const cpu = await screen.findByRole('region', { name: 'CPU usage' });
    expect(
      await within(cpu).findByText(/15 min averages · reaches back beyond the last 24 hours/),
    ).toBeInTheDocument();
    await user.keyboard('2');
    expect(router.state.location.search).toBe('?period=6h');
    expect(screen.queryByRole('button', { name: 'Reset zoom' })).not.toBeInTheDocument();
  });

  it('turns compare on from the URL, and explains why 7 d cannot compare', async () => {
    const { user, router } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/servers/srv-01?period=24h&compare=1',
    });
    const compare = await screen.findByRole('button', { name: 'Compare with same time yesterday' });
    expect(compare).toHaveAttribute('aria-pressed', 'true');
    const cpu = await loaded('CPU usage');
    expect(within(cpu).getByText('CPU, same time yesterday')).toBeInTheDocument();
    await user.click(compare);
    expect(router.state.location.search).toBe('?period=24h');
    await user.keyboard('4');
    const week = screen.getByRole('button', { name: /^Compare/ });
    expect(week).toBeDisabled();
    expect(week).toHaveAccessibleDescription(/keeps 7 days of history/);
  });
});
