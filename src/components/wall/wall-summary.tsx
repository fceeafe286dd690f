import './wall-summary.css';
import type { CountPart } from '../../model/fleet/fleet-health.ts';
import { DataAge } from '../ui/data-age.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';

interface WallSummaryProps {
  serverCount: number;
  /** Servers per health category, worst first. */
  categories: CountPart[];
  instanceCount: number | null;
  /** Instances not running, worst first. */
  instanceProblems: CountPart[];
  /** Open alerts in all, and per severity worst first; null while unknown. */
  openAlerts?: { total: number; parts: CountPart[] } | null;
  /** When the server list was last fetched. */
  listUpdatedAt: number | null;
  listIntervalMs: number;
}

/** "14 servers · 2 critical · 1 unreachable · 36 instances · 1 failed", each count with its shape. */
export function WallSummary(props: WallSummaryProps) {
  const { serverCount, categories, instanceCount, instanceProblems } = props;
  return (
    <div className="wall-summary">
      <ul className="wall-summary-parts" aria-label="Fleet summary">
        <li className="wall-summary-total">{plural(serverCount, 'server')}</li>
        {categories.map((part) => (
          <Part key={`server-${part.label}`} part={part} />
        ))}
        {instanceCount !== null ? (
          <li className="wall-summary-total">{plural(instanceCount, 'instance')}</li>
        ) : null}
        {instanceProblems.map((part) => (
          <Part key={`instance-${part.label}`} part={part} />
        ))}
        {props.openAlerts ? (
          <li className="wall-summary-total">
            {plural(props.openAlerts.total, 'open alert')}
            {props.openAlerts.parts.length > 0 ? ':' : ''}
          </li>
        ) : null}
        {props.openAlerts?.parts.map((part) => (
          <Part key={`alert-${part.label}`} part={part} />
        ))}
        {props.listUpdatedAt ? (
          <li className="wall-summary-age">
            <DataAge collectedAt={props.listUpdatedAt} expectedIntervalMs={props.listIntervalMs} />
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Part({ part }: { part: CountPart }) {
  return (
    <li className={`tone-${part.tone}`}>
      <ToneIcon tone={part.tone} size={18} />
      <span>
        {part.count} {part.label}
      </span>
    </li>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
