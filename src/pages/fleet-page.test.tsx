import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { scenarios } from '../../mock/testing/test-mock.ts';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

const mock = sharedTestMock();
afterEach(() => vi.unstubAllGlobals());

function serverRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

/** A matchMedia whose narrow-screen answer the test flips, as rotating a phone would. */
function stubScreenWidth() {
  const listeners = new Set<() => void>();
  let isNarrow = false;
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query.includes('max-width') && isNarrow;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return (narrow: boolean) => {
    isNarrow = narrow;
    listeners.forEach((listener) => listener());
  };
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
    // The URL follows the typing a moment later (links and back/forward keep the filter).
    await waitFor(() => expect(router.state.location.search).toContain('q=staging'));
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

  it('on a narrow screen shows the same servers as cards, in the same order, each a link', async () => {
    const setNarrow = stubScreenWidth();
    renderWithProviders({ apiOrigin: mock.url });
    await waitFor(() => expect(serverRows().length).toBeGreaterThanOrEqual(12));
    await waitFor(() => expect(serverRows()[0]).toHaveTextContent(/critical/i));
    const tableNames = serverRows().map((row) => within(row).getAllByRole('link')[0].textContent);
    const tableText = serverRows()[0].textContent;

    act(() => setNarrow(true));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: /Servers, worst first/ }))
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('fleet-card'));
    expect(cards.map((card) => within(card).getAllByRole('link')[0].textContent)).toEqual(
      tableNames,
    );
    const [first] = cards;
    expect(within(first).getAllByRole('link')).toHaveLength(1);
    expect(within(first).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/servers\//),
    );
    // The same facts as the row: status in words, the readings and their judgement.
    for (const fact of ['CPU', 'Memory', 'Disk', 'Load 1 m', 'Last report']) {
      expect(first).toHaveTextContent(fact);
    }
    expect(first).toHaveTextContent(/critical/i);
    expect(tableText).toMatch(/critical/i);

    act(() => setNarrow(false));
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});
