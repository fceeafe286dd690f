import './alerts.css';
import { Link } from 'react-router-dom';
import type { Tone } from '../../model/fleet/status-tone.ts';
import { ToneIcon } from '../ui/tone-icon.tsx';

interface AlertCountBadgeProps {
  /** Open alerts; null while unknown (not loaded yet, or never loaded). */
  count: number | null;
  /** The count could not be refreshed: the number shown is the last one known. */
  isStale: boolean;
  /** Where the badge links; null on unattended screens (nothing to click). */
  href: string | null;
}

/** "3 open alerts" with the critical shape, "0 open alerts" with the ok one, as a link. */
export function AlertCountBadge({ count, isStale, href }: AlertCountBadgeProps) {
  const tone: Tone = count === null ? 'unknown' : count > 0 ? 'critical' : 'ok';
  // The number leads, so a narrow header can drop the words and keep it (alerts.css).
  const [lead, words] =
    count === null
      ? ['?', ' alerts unknown']
      : count === 0
        ? ['0', ' open alerts']
        : [String(count), ` open alert${count === 1 ? '' : 's'}`];
  const title = isStale
    ? 'The alert count could not be refreshed; this is the last one known'
    : undefined;
  const content = (
    <>
      <ToneIcon tone={tone} size={14} />
      <span className="alert-count-text">
        {lead}
        <span className="alert-count-words">{words}</span>
      </span>
      {isStale ? <span className="alert-count-stale"> (not current)</span> : null}
    </>
  );
  const className = `alert-count-badge tone-${tone}`;
  return href ? (
    <Link to={href} className={className} title={title} data-testid="alert-count">
      {content}
    </Link>
  ) : (
    <span className={className} title={title} data-testid="alert-count">
      {content}
    </span>
  );
}
