import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

const mock = sharedTestMock({ localHost: false });

const bodyRows = () => screen.getAllByRole('row').slice(1);
const statusOf = (row: HTMLElement) => within(row).getAllByRole('cell')[1]!.textContent;

describe('InstancesPage', () => {
  it('lists every instance worst first, with its server linked and certificates flagged', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/instances' });
    await waitFor(() => expect(bodyRows().length).toBeGreaterThanOrEqual(30));
    const statuses = bodyRows().map(statusOf);
    expect(statuses[0]).toMatch(/Failed|Error/);
    expect(statuses.at(-1)).toBe('Running');
    expect(statuses.indexOf('Stopped')).toBeGreaterThan(statuses.indexOf('Restarting'));
    const soon = bodyRows().find((row) => within(row).queryByText(/^Expires in \d+ d$/));
    expect(soon).toBeDefined();
    await waitFor(() =>
      expect(within(bodyRows()[0]!).getAllByRole('link')[1]).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/servers\/srv-/),
      ),
    );
  });

  it('filters by text and status and sorts, all kept in the URL', async () => {
    const { user, router } = renderWithProviders({ apiOrigin: mock.url, url: '/instances' });
    await waitFor(() => expect(bodyRows().length).toBeGreaterThanOrEqual(30));
    await user.selectOptions(screen.getByLabelText('Status'), 'stopped');
    expect(router.state.location.search).toBe('?status=stopped');
    await waitFor(() => expect(bodyRows().every((row) => statusOf(row) === 'Stopped')).toBe(true));
    await user.selectOptions(screen.getByLabelText('Status'), 'all');
    await user.selectOptions(screen.getByLabelText('Sort'), 'restarts');
    expect(router.state.location.search).toBe('?sort=restarts');
    const restarts = bodyRows().map((row) =>
      Number(within(row).getAllByRole('cell')[3]!.textContent),
    );
    expect(restarts).toEqual([...restarts].sort((a, b) => b - a));
    await user.type(screen.getByLabelText('Filter instances'), 'quantum');
    expect(router.state.location.search).toBe('?sort=restarts&q=quantum');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(bodyRows()[0]).toHaveTextContent('Quantum Retail');
  });

  it('reads filters from the URL and copes with 2,000 instances, drawing them in batches', async () => {
    await mock.setFaults({ instanceCount: 2000 });
    const { user } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/instances?status=problems&sort=name',
    });
    await waitFor(() => expect(bodyRows()).toHaveLength(100));
    expect(bodyRows().every((row) => statusOf(row) !== 'Running')).toBe(true);
    expect(screen.getByText(/^\d+ of 2000 instances · name/)).toBeInTheDocument();
    expect(screen.getAllByText(/^Expired/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /^Show \d+ more$/ }));
    expect(bodyRows().length).toBeGreaterThan(100);
  });
});
