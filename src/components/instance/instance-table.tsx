import '../fleet/fleet-table.css';
import { odooLabel } from '../../model/instance-facts.ts';
import { primaryDomain } from '../../model/ssl-expiry.ts';
import '../ui/reflow-table.css';
import { Link } from 'react-router-dom';
import type { Instance } from '../../model/types.ts';
import { instanceStatusTone, statusText } from '../../model/fleet/status-tone.ts';
import { StatusBadge } from '../ui/status-badge.tsx';
import { MISSING } from '../../lib/format.ts';

interface InstanceTableProps {
  instances: Instance[];
  hrefFor: (instance: Instance) => string;
}

/** Instances with status and health, each linking to its page. */
export function InstanceTable({ instances, hrefFor }: InstanceTableProps) {
  if (instances.length === 0) return <p className="muted">No instances on this server.</p>;
  return (
    <div className="table-scroll">
      <table className="fleet-table instance-table reflow-table">
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">Status</th>
            <th scope="col">Health</th>
            <th scope="col">Odoo</th>
            <th scope="col">Restarts</th>
            <th scope="col">Domain</th>
          </tr>
        </thead>
        <tbody>
          {instances.map((instance) => {
            const primary = primaryDomain(instance);
            const odoo = odooLabel(instance);
            return (
              <tr key={instance.id}>
                <th scope="row">
                  <Link to={hrefFor(instance)} className="truncate" title={instance.name}>
                    {instance.name || instance.id}
                  </Link>
                </th>
                <td data-label="Status">
                  <StatusBadge
                    tone={instanceStatusTone(instance.status)}
                    label={statusText(instance.status)}
                    title={instance.statusMessage}
                  />
                </td>
                <td data-label="Health" className="num">
                  {instance.healthScore === null ? MISSING : `${Math.round(instance.healthScore)}`}
                  {instance.healthScoreGrade ? ` (${instance.healthScoreGrade})` : ''}
                </td>
                <td data-label="Odoo">
                  <span className="truncate" title={odoo}>
                    {odoo || MISSING}
                  </span>
                </td>
                <td data-label="Restarts" className="num">
                  {instance.restartCount ?? MISSING}
                </td>
                <td data-label="Domain">
                  <span className="truncate" title={primary?.domain}>
                    {primary?.domain ?? MISSING}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
