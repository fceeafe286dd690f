import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAxisTick } from './axis-tick.tsx';

function tickText(props: Parameters<typeof renderAxisTick>[0]) {
  const { container } = render(<svg>{renderAxisTick(props)}</svg>);
  return container.querySelector('text');
}

describe('renderAxisTick', () => {
  it('writes the formatted value where Recharts placed the tick', () => {
    const text = tickText({
      x: 40,
      y: 200,
      textAnchor: 'middle',
      verticalAnchor: 'start',
      orientation: 'bottom',
      className: 'recharts-cartesian-axis-tick-value',
      payload: { value: 3 },
      index: 1,
      tickFormatter: (value: number, index: number) => `${value * 10} #${index}`,
    });
    expect(text?.textContent).toBe('30 #1');
    expect(text?.getAttribute('x')).toBe('40');
    expect(text?.getAttribute('dy')).toBe('0.71em');
    expect(text?.getAttribute('orientation')).toBe('bottom');
    expect(text?.getAttribute('class')).toBe('recharts-cartesian-axis-tick-value');
  });

  it('centres a left-axis label on its line and shows a raw value without a formatter', () => {
    const text = tickText({ x: 70, y: 50, verticalAnchor: 'middle', payload: { value: 12.5 } });
    expect(text?.textContent).toBe('12.5');
    expect(text?.getAttribute('dy')).toBe('0.355em');
  });
});
