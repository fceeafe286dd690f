import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

const mock = sharedTestMock({ streamIntervalMs: 200 });

describe('InstancePage', () => {
  it('shows the instance, goes live, and charts history plus extra fields', async () => {
    const { unmount } = renderWithProviders({ apiOrigin: mock.url, url: '/instances/inst-01' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Corp' })).toBeInTheDocument();
    const live = screen.getByRole('region', { name: 'Live' });
    await waitFor(() => expect(within(live).getByRole('status')).toHaveTextContent('Live'));
    await waitFor(() =>
      expect(within(live).getByRole('meter', { name: 'CPU' })).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/\d %/),
      ),
    );
    for (const name of ['CPU usage', 'Memory', 'Disk', 'Network']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(await screen.findByRole('region', { name: 'HTTP response (ms)' })).toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'odoo-prod-eu-1' })) {
      expect(link).toHaveAttribute('href', '/servers/srv-01');
    }
    unmount();
    await waitFor(async () => expect((await mock.stats()).openStreams).toBe(0));
  });

  it('reads an instance that uses alias field names', async () => {
    const { unmount } = renderWithProviders({ apiOrigin: mock.url, url: '/instances/inst-04' });
    const cpu = await screen.findByRole('region', { name: 'CPU usage' });
    await waitFor(() => expect(within(cpu).getByText(/Latest \d+(\.\d)? %/)).toBeInTheDocument());
    const memory = screen.getByRole('region', { name: 'Memory' });
    // Charts take their new rows one per frame.
    expect(await within(memory).findByText(/GiB used of limit/)).toBeInTheDocument();
    unmount();
  });

  it('says so when an instance has no metrics yet', async () => {
    const { unmount } = renderWithProviders({ apiOrigin: mock.url, url: '/instances/inst-24' });
    expect(await screen.findAllByText('No samples in this period.')).not.toHaveLength(0);
    expect(screen.getByText('Waiting for the first live sample…')).toBeInTheDocument();
    unmount();
  });

  it('shows not-found for an unknown instance', async () => {
    const { unmount } = renderWithProviders({ apiOrigin: mock.url, url: '/instances/nope' });
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    unmount();
  });
});
