import './usage-bar.css';
import type { Tone } from '../../model/fleet/status-tone.ts';
import { InvalidValue, invalidValueText } from './invalid-value.tsx';
import { ToneIcon } from './tone-icon.tsx';

interface UsageBarProps {
  label: string;
  /** 0–100, or null when unknown or invalid. */
  percent: number | null;
  tone: Tone;
  /** The value as text, e.g. "42.0 %" or "3.1 / 8.0 GiB · 39 %". */
  valueText: string;
  /** An impossible reading: shown as "invalid" with the raw value, instead of valueText. */
  invalid?: { raw: string; expected: string } | null;
}

/** A labelled meter with its severity shown as shape and text as well as colour. */
export function UsageBar({ label, percent, tone, valueText, invalid }: UsageBarProps) {
  const width = invalid || percent === null ? 0 : Math.max(0, Math.min(100, percent));
  return (
    <div className={`usage-bar tone-${invalid ? 'unknown' : tone}`}>
      <div className="usage-bar-text">
        <span className="usage-bar-label">{label}</span>
        <span className="usage-bar-value">
          {invalid ? (
            <InvalidValue {...invalid} />
          ) : (
            <>
              <ToneIcon tone={tone} size={14} />
              {valueText}
            </>
          )}
        </span>
      </div>
      <div
        className="usage-bar-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={invalid ? undefined : (percent ?? undefined)}
        aria-valuetext={invalid ? invalidValueText(invalid) : valueText}
      >
        <div className="usage-bar-fill" style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
