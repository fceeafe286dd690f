import './tone-icon.css';
import type { ReactElement } from 'react';
import type { Tone } from '../../model/fleet/status-tone.ts';

// Each tone has its own shape, so status never depends on colour alone.
const SHAPES: Record<Tone, ReactElement> = {
  ok: <circle cx="8" cy="8" r="6" />,
  warning: <path d="M8 1.5 15 14.5H1Z" />,
  critical: <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5Z" />,
  unknown: <rect x="2" y="2" width="12" height="12" rx="1" />,
};

const MARKS: Record<Tone, ReactElement> = {
  ok: <path d="m5 8.2 2 2 4-4.4" fill="none" strokeWidth="1.8" />,
  warning: <path d="M8 6v4M8 11.6v.8" fill="none" strokeWidth="1.8" />,
  critical: <path d="m5.5 5.5 5 5m0-5-5 5" fill="none" strokeWidth="1.8" />,
  unknown: (
    <path
      d="M6.3 6.3a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1M8 11.4v.6"
      fill="none"
      strokeWidth="1.6"
    />
  ),
};

export function ToneIcon({ tone, size = 16 }: { tone: Tone; size?: number }) {
  return (
    <svg
      className={`tone-icon tone-${tone}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="currentColor">{SHAPES[tone]}</g>
      <g stroke="var(--surface)" strokeLinecap="round">
        {MARKS[tone]}
      </g>
    </svg>
  );
}
