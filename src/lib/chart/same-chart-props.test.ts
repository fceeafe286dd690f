import { describe, expect, it } from 'vitest';
import { sameChartProps } from './same-chart-props.ts';

const rows = [{ t: 1, cpu: 5 }];
const format = (value: number) => `${value} %`;
const props = () => ({
  rows,
  series: [{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }],
  yDomain: [0, 100] as const,
  markers: [{ x: 10, label: 'Reboot' }],
  zoom: { bounds: [0, 10] as const, label: 'CPU chart' },
  formatValue: format,
});

describe('sameChartProps', () => {
  it('is equal for rebuilt specs with the same content', () => {
    expect(sameChartProps(props(), props())).toBe(true);
  });

  it('differs when the rows are another array, even with the same content', () => {
    expect(sameChartProps(props(), { ...props(), rows: [...rows] })).toBe(false);
  });

  it('differs on any change the chart would show', () => {
    const changed = [
      { ...props(), series: [{ key: 'cpu', label: 'CPU', color: 'var(--series-2)' }] },
      { ...props(), yDomain: [0, 50] as const },
      { ...props(), markers: [] },
      {
        ...props(),
        markers: [
          { x: 10, label: 'Reboot' },
          { x: 20, label: 'Alert' },
        ],
      },
      { ...props(), zoom: { bounds: [0, 11] as const, label: 'CPU chart' } },
      { ...props(), formatValue: (value: number) => `${value} %` },
    ];
    for (const next of changed) expect(sameChartProps(props(), next)).toBe(false);
  });

  it('differs when a prop appears or goes', () => {
    const withoutMarkers: Partial<ReturnType<typeof props>> = props();
    delete withoutMarkers.markers;
    expect(sameChartProps(props(), withoutMarkers as ReturnType<typeof props>)).toBe(false);
  });
});
