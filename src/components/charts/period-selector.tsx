import './period-selector.css';
import { useEffect } from 'react';
import { PERIODS, type Period } from '../../model/types.ts';
import { isTypingTarget } from './zoom/is-typing-target.ts';

interface PeriodSelectorProps {
  value: Period;
  onChange: (period: Period) => void;
}

/** Radio group "Period" (1h, 6h, 24h, 7d); keys 1–4 switch too, except while typing. */
export function PeriodSelector({ value, onChange }: PeriodSelectorProps) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const period = PERIODS[Number(event.key) - 1];
      if (period) onChange(period);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onChange]);

  return (
    <div className="period-selector" role="radiogroup" aria-label="Period">
      {PERIODS.map((period, index) => (
        <label key={period} className={period === value ? 'is-selected' : undefined}>
          <input
            type="radio"
            name="period"
            value={period}
            checked={period === value}
            onChange={() => onChange(period)}
            aria-keyshortcuts={String(index + 1)}
          />
          {period}
        </label>
      ))}
    </div>
  );
}
