import '../server/server-summary.css';
import { odooLabel } from '../../model/instance-facts.ts';
import { primaryDomain } from '../../model/ssl-expiry.ts';
import { Link } from 'react-router-dom';
import type { Instance } from '../../model/types.ts';
import { formatBytes, formatDateTime, MISSING } from '../../lib/format.ts';
import { instanceStatusTone, statusText } from '../../model/fleet/status-tone.ts';
import { StatusBadge } from '../ui/status-badge.tsx';
import { StatusMessage } from '../ui/status-message.tsx';
import { useTimeZone } from '../ui/time-zone.tsx';

interface InstanceSummaryProps {
  instance: Instance;
  serverName: string | null;
  serverHref: string;
}

/** Identity and health of one Odoo instance. */
export function InstanceSummary({ instance, serverName, serverHref }: InstanceSummaryProps) {
  const timeZone = useTimeZone();
  const primary = primaryDomain(instance);
  const grade = instance.healthScoreGrade ? ` (grade ${instance.healthScoreGrade})` : '';
  return (
    <div className="server-summary">
      <div className="server-summary-title">
        <h1 className="truncate" title={instance.name}>
          {instance.name || instance.id}
        </h1>
        <StatusBadge
          tone={instanceStatusTone(instance.status)}
          label={statusText(instance.status)}
        />
      </div>
      <StatusMessage text={instance.statusMessage} />
      <dl className="facts">
        <div className="fact">
          <dt>Health</dt>
          <dd>
            {instance.healthScore === null
              ? MISSING
              : `${Math.round(instance.healthScore)} / 100${grade}`}
          </dd>
        </div>
        <div className="fact">
          <dt>Restarts</dt>
          <dd>
            {instance.restartCount ?? MISSING}
            {instance.lastRestartAt
              ? ` · last ${formatDateTime(instance.lastRestartAt, { timeZone })}`
              : ''}
          </dd>
        </div>
        <div className="fact">
          <dt>Odoo</dt>
          <dd className="truncate">{odooLabel(instance) || MISSING}</dd>
        </div>
        <div className="fact">
          <dt>Domain</dt>
          <dd className="truncate" title={primary?.domain}>
            {primary ? primary.domain : MISSING}
          </dd>
        </div>
        <div className="fact">
          <dt>SSL</dt>
          <dd className="truncate">
            {primary
              ? `${primary.sslStatus || 'unknown'}${primary.sslExpiresAt ? ` · expires ${formatDateTime(primary.sslExpiresAt, { timeZone })}` : ''}`
              : MISSING}
          </dd>
        </div>
        <div className="fact">
          <dt>Memory limit</dt>
          <dd>{formatBytes(instance.limitMemoryHard)}</dd>
        </div>
        <div className="fact">
          <dt>Server</dt>
          <dd className="truncate">
            <Link to={serverHref} className="truncate" title={serverName || undefined}>
              {serverName || instance.serverId}
            </Link>
          </dd>
        </div>
      </dl>
    </div>
  );
}
