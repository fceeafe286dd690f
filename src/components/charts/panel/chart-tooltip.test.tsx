import { render, screen } from '@testing-library/react';
import type { TooltipContentProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import { ChartTooltip } from './chart-tooltip.tsx';

const series = [
  { key: 'cpu', label: 'CPU', color: 'red' },
  { key: 'load', label: 'Load', color: 'blue' },
];

function show(
  row: Record<string, number | null>,
  ghostLabel: string | null,
  hidden: string[] = [],
) {
  const content = {
    active: true,
    label: Date.UTC(2025, 11, 1, 12),
    payload: [{ payload: row }],
  } as unknown as TooltipContentProps;
  render(
    <ChartTooltip
      {...content}
      series={series}
      hiddenKeys={hidden}
      formatValue={(value) => `${value.toFixed(0)} %`}
      formatTime={() => '12:00'}
      ghostLabel={ghostLabel}
    />,
  );
}

describe('ChartTooltip', () => {
  it('shows now, then and the difference for the compared series', () => {
    show({ t: 0, cpu: 72, load: 3, cpu__then: 50 }, 'same time yesterday');
    expect(screen.getByText(/CPU: 72 % now/)).toBeInTheDocument();
    expect(screen.getByText('same time yesterday: 50 % · difference +22 %')).toBeInTheDocument();
    expect(screen.getByText(/Load: 3 %/)).toBeInTheDocument();
  });

  it('says when the previous period has no value, and leaves hidden series out', () => {
    show({ t: 0, cpu: 40, load: 3, cpu__then: null }, 'the hour before', ['load']);
    expect(screen.getByText('the hour before: no data')).toBeInTheDocument();
    expect(screen.queryByText(/difference/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Load/)).not.toBeInTheDocument();
  });

  it('a drop reads as a minus sign', () => {
    show({ t: 0, cpu: 30, load: 1, cpu__then: 45 }, 'same time yesterday');
    expect(screen.getByText(/difference −15 %/)).toBeInTheDocument();
  });
});
