import './status-badge.css';
import type { Tone } from '../../model/fleet/status-tone.ts';
import { ToneIcon } from './tone-icon.tsx';

/** Status as text, shape and colour together; the text is the API's own word. */
export function StatusBadge({ tone, label, title }: { tone: Tone; label: string; title?: string }) {
  return (
    <span className={`status-badge tone-${tone}`} title={title}>
      <ToneIcon tone={tone} />
      <span className="status-badge-label">{label}</span>
    </span>
  );
}
