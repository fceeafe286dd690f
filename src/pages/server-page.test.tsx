import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { scenarios } from '../../mock/testing/test-mock.ts';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

const mock = sharedTestMock();

const CHARTS = ['CPU usage', 'Load average', 'Memory', 'Disk', 'Network', 'Uptime'];

describe('ServerPage', () => {
  it('shows the server, its latest values, six labelled charts and its instances', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/servers/srv-01' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'odoo-prod-eu-1' }),
    ).toBeInTheDocument();
    for (const name of CHARTS) {
      const region = screen.getByRole('region', { name });
      await waitFor(() =>
        expect(within(region).queryByText(/No data yet/)).not.toBeInTheDocument(),
      );
    }
    expect(
      within(screen.getByRole('region', { name: 'CPU usage' })).getByText(/Latest \d+(\.\d)? %/),
    ).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'CPU' })).toBeInTheDocument();
    const instances = await screen.findAllByRole('link', { name: /./ });
    expect(instances.some((link) => link.getAttribute('href')?.startsWith('/instances/'))).toBe(
      true,
    );
  });

  it('switches period from the radio group and the keyboard, keeping it in the URL', async () => {
    const { user, router } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/servers/srv-01',
    });
    const periods = await screen.findByRole('radiogroup', { name: 'Period' });
    expect(within(periods).getByRole('radio', { name: '1h' })).toBeChecked();
    await user.click(within(periods).getByRole('radio', { name: '7d' }));
    expect(router.state.location.search).toBe('?period=7d');
    expect(screen.getByRole('heading', { name: 'Last 7 days' })).toBeInTheDocument();
    await user.keyboard('2');
    expect(router.state.location.search).toBe('?period=6h');
    expect(within(periods).getByRole('radio', { name: '6h' })).toBeChecked();
  });

  it('falls back to 1h for an unknown period without an error', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/servers/srv-01?period=2h' });
    const periods = await screen.findByRole('radiogroup', { name: 'Period' });
    expect(within(periods).getByRole('radio', { name: '1h' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when a server has not reported yet', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/servers/srv-09' });
    expect(await screen.findByText(/has not reported any metrics yet/)).toBeInTheDocument();
  });

  it('shows not-found with a way back for an unknown server', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/servers/no-such-server' });
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the fleet' })).toHaveAttribute('href', '/');
  });

  it('keeps the last good chart data when a refresh fails, and says why', async () => {
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/servers/srv-01' });
    const cpu = await screen.findByRole('region', { name: 'CPU usage' });
    await waitFor(() => expect(within(cpu).getByText(/Latest \d/)).toBeInTheDocument());
    await scenarios.historyFails(mock, 502);
    await user.keyboard('3');
    await user.keyboard('1');
    await user.keyboard('3');
    // 24h never loaded: its cards show the error; the summary still reads the 1h data kept on screen.
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent(/could not be refreshed/);
    expect(
      within(screen.getByRole('region', { name: 'CPU usage' })).getByText(/Latest \d/),
    ).toBeInTheDocument();
  });
});
