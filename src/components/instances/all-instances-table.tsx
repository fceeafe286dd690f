import '../ui/reflow-table.css';
import { odooLabel } from '../../model/instance-facts.ts';
import './instances.css';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { formatAge, formatDateTime } from '../../lib/format.ts';
import { sslExpiryText, type SslExpiry } from '../../model/ssl-expiry.ts';
import { instanceStatusTone, statusText } from '../../model/fleet/status-tone.ts';
import type { Instance, InstanceDomain } from '../../model/types.ts';
import { StatusBadge } from '../ui/status-badge.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';

export interface InstanceListRow {
  instance: Instance;
  href: string;
  server: { name: string; href: string };
  domain: InstanceDomain | null;
  ssl: SslExpiry;
}

interface AllInstancesTableProps {
  rows: readonly InstanceListRow[];
  /** The moment ages are told from (the list's own refresh, not every second). */
  judgedAt: number;
}

/** Every instance with its server, status, health, restarts, Odoo, domain, certificate and last report. */
export function AllInstancesTable({ rows, judgedAt }: AllInstancesTableProps) {
  return (
    <div className="instances-scroll">
      <table className="all-instances-table reflow-table">
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">Server</th>
            <th scope="col">Status</th>
            <th scope="col">Health</th>
            <th scope="col">Restarts</th>
            <th scope="col">Odoo</th>
            <th scope="col">Primary domain</th>
            <th scope="col">SSL expiry</th>
            <th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <InstanceRow key={row.instance.id} row={row} judgedAt={judgedAt} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const InstanceRow = memo(function InstanceRow({
  row,
  judgedAt,
}: {
  row: InstanceListRow;
  judgedAt: number;
}) {
  const { instance, domain, ssl } = row;
  const odoo = odooLabel(instance);
  const seen = instance.lastSeenAt;
  return (
    <tr>
      <th scope="row">
        <Link to={row.href} className="truncate" title={instance.name}>
          {instance.name || instance.id}
        </Link>
      </th>
      <td data-label="Server">
        <Link to={row.server.href} className="truncate" title={row.server.name}>
          {row.server.name}
        </Link>
      </td>
      <td data-label="Status">
        <StatusBadge
          tone={instanceStatusTone(instance.status)}
          label={statusText(instance.status)}
          title={instance.statusMessage}
        />
      </td>
      <td data-label="Health" className="num">
        {instance.healthScoreGrade || '—'}
        {instance.healthScore === null ? '' : ` · ${Math.round(instance.healthScore)}`}
      </td>
      <td data-label="Restarts" className="num">
        {instance.restartCount ?? '—'}
      </td>
      <td data-label="Odoo">
        <span className="truncate" title={odoo}>
          {odoo || '—'}
        </span>
      </td>
      <td data-label="Primary domain">
        <span className="truncate" title={domain?.domain}>
          {domain?.domain ?? '—'}
        </span>
      </td>
      <td data-label="SSL expiry" className={`ssl-${ssl.state}`}>
        {ssl.state === 'expired' || ssl.state === 'soon' ? (
          <ToneIcon tone={ssl.tone} size={14} />
        ) : null}{' '}
        <span title={formatDateTime(domain?.sslExpiresAt ?? null)}>{sslExpiryText(ssl)}</span>
      </td>
      <td data-label="Last seen">
        {seen === null ? (
          'Never'
        ) : (
          <time
            dateTime={new Date(seen).toISOString()}
            title={formatDateTime(seen, { withSeconds: true })}
          >
            {formatAge(judgedAt - seen)}
          </time>
        )}
      </td>
    </tr>
  );
});
