import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CardErrorBoundary } from './card-error-boundary.tsx';
import { ChartCard } from '../charts/chart-card.tsx';

let shouldThrow = true;
function FragileChart() {
  if (shouldThrow) throw new Error('Cannot read properties of undefined (reading "x")');
  return <p>chart drawn</p>;
}

describe('CardErrorBoundary', () => {
  it('shows what failed in place of the card body, and Try again draws it afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    render(
      <>
        <ChartCard title="CPU usage" summary="Latest 5 %" collectedAt={null} expectedIntervalMs={1}>
          <FragileChart />
        </ChartCard>
        <p>the rest of the page</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('CPU usage could not be drawn');
    expect(alert).toHaveTextContent('reading "x"');
    // The frame, its title and the rest of the page survive.
    expect(screen.getByRole('region', { name: 'CPU usage' })).toHaveTextContent('Latest 5 %');
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();

    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a thrown non-Error readably and caps a huge message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Throws = ({ value }: { value: unknown }) => {
      throw value;
    };
    render(
      <>
        <CardErrorBoundary title="A">
          <Throws value="plain string" />
        </CardErrorBoundary>
        <CardErrorBoundary title="B">
          <Throws value={new Error('x'.repeat(10_000))} />
        </CardErrorBoundary>
      </>,
    );
    const [first, second] = screen.getAllByRole('alert');
    expect(first).toHaveTextContent('plain string');
    expect(second.textContent!.length).toBeLessThan(400);
  });
});
