import './invalid-value.css';
import { useId } from 'react';
import { ToneIcon } from './tone-icon.tsx';

interface InvalidValueProps {
  /** What the API sent, as short inert text (see api/schemas/rejected-values.ts). */
  raw: string;
  /** What a sound value looks like, e.g. "0–100 %". */
  expected: string;
}

/** The same words for a meter's aria-valuetext as InvalidValue shows on screen. */
export function invalidValueText({ raw, expected }: InvalidValueProps): string {
  return `invalid (the API sent ${raw}; expected ${expected})`;
}

/**
 * An impossible reading: the word "invalid" (text, shape and colour), with what the API actually
 * sent in a tooltip on hover or keyboard focus. Never a number that looks trustworthy.
 */
export function InvalidValue({ raw, expected }: InvalidValueProps) {
  const tipId = useId();
  return (
    <span className="invalid-value" tabIndex={0} aria-describedby={tipId}>
      <ToneIcon tone="unknown" size={14} />
      invalid
      <span id={tipId} role="tooltip" className="invalid-value-tip">
        The API sent {raw}; expected {expected}
      </span>
    </span>
  );
}
