import { useId } from 'react';

interface CompareToggleProps {
  isOn: boolean;
  /** "same time yesterday"; null when this period has nothing to compare with. */
  label: string | null;
  disabledReason: string | null;
  onChange: (on: boolean) => void;
}

/** "Compare with …": draws the previous period as a faint dashed ghost; says why when it cannot. */
export function CompareToggle({ isOn, label, disabledReason, onChange }: CompareToggleProps) {
  const reasonId = useId();
  const isDisabled = disabledReason !== null || label === null;
  return (
    <span className="compare-toggle">
      <button
        type="button"
        aria-pressed={isOn && !isDisabled}
        disabled={isDisabled}
        aria-describedby={isDisabled ? reasonId : undefined}
        onClick={() => onChange(!isOn)}
      >
        Compare{label ? ` with ${label}` : ''}
      </button>
      {isDisabled ? (
        <span id={reasonId} className="compare-reason">
          {disabledReason}
        </span>
      ) : null}
    </span>
  );
}
