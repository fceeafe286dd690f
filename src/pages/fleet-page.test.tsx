import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { scenarios, startTestMock, type TestMock } from '../../test/mock-harness.ts';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterEach(() => mock.resetFaults());
afterAll(() => mock.close());

function serverRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('FleetPage', () => {
  it('lists every server, worst first, with metrics and instance counts', async () => {
    renderWithProviders({ apiOrigin: mock.origin });
    expect(await screen.findByRole('heading', { name: 'Fleet' })).toBeInTheDocument();
    await waitFor(() => expect(serverRows().length).toBeGreaterThanOrEqual(12));
    // Latest metrics arrive per visible row; once they do, a critical server leads the list.
    await waitFor(() => expect(serverRows()[0]).toHaveTextContent(/critical/i));
    const lastRow = serverRows().at(-1)!;
    expect(lastRow).toHaveTextContent('Not reported yet');
    expect(screen.getByText(/\d+ servers · \d+ critical/)).toBeInTheDocument();
  });

  it('filters by text and sorts by name, keeping both in the URL', async () => {
    const { user, router } = renderWithProviders({ apiOrigin: mock.origin });
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
    const { user } = renderWithProviders({ apiOrigin: mock.origin });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server list could not be loaded',
    );
    await mock.resetFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(serverRows().length).toBeGreaterThanOrEqual(12));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
