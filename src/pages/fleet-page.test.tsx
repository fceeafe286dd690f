import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { scenarios } from '../../mock/testing/test-mock.ts';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

const mock = sharedTestMock();

function serverRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('FleetPage', () => {
  it('lists every server, worst first, with metrics and instance counts', async () => {
    renderWithProviders({ apiOrigin: mock.url });
    expect(await screen.findByRole('heading', { name: 'Fleet' })).toBeInTheDocument();
    await waitFor(() => expect(serverRows().length).toBeGreaterThanOrEqual(12));
    // Latest metrics arrive per visible row; once they do, a critical server leads the list.
    await waitFor(() => expect(serverRows()[0]).toHaveTextContent(/critical/i));
    const lastRow = serverRows().at(-1)!;
    expect(lastRow).toHaveTextContent('Not reported yet');
    expect(screen.getByText(/\d+ servers · \d+ critical/)).toBeInTheDocument();
  });

  it('filters by text and sorts by name, keeping both in the URL', async () => {
    const { user, router } = renderWithProviders({ apiOrigin: mock.url });
    await waitFor(() => expect(serverRows().length).toBeGreaterThanOrEqual(12));
    await user.type(screen.getByLabelText('Filter servers'), 'staging');
    await waitFor(() => expect(serverRows()).toHaveLength(1));
    expect(router.state.location.search).toContain('q=staging');
    await user.clear(screen.getByLabelText('Filter servers'));
    await user.selectOptions(screen.getByLabelText('Sort'), 'name');
    const names = serverRows().map((row) => within(row).getAllByRole('link')[0].textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('shows why the list failed, with a way to try again', async () => {
    await scenarios.fleetListFails(mock, 500);
    const { user } = renderWithProviders({ apiOrigin: mock.url });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server list could not be loaded',
    );
    await mock.resetFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(serverRows().length).toBeGreaterThanOrEqual(12));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
