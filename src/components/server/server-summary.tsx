import './server-summary.css';
import type { Server, ServerSample } from '../../model/types.ts';
import { formatBytes, formatDuration, MISSING } from '../../lib/format.ts';
import { serverStatusTone, statusText } from '../../model/fleet/status-tone.ts';
import { DataAge } from '../ui/data-age.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { StatusMessage } from '../ui/status-message.tsx';

interface ServerSummaryProps {
  server: Server;
  latest: ServerSample | null;
  reportIntervalMs: number;
}

/** Who the server is and how it is: the facts an operator checks first. */
export function ServerSummary({ server, latest, reportIntervalMs }: ServerSummaryProps) {
  const os = [server.osName, server.osVersion].filter(Boolean).join(' ');
  const lastReport = latest?.collectedAt ?? server.lastSeenAt;
  return (
    <div className="server-summary">
      <div className="server-summary-title">
        <h1 className="truncate" title={server.name}>
          {server.name || server.id}
        </h1>
        <StatusBadge tone={serverStatusTone(server.status)} label={statusText(server.status)} />
      </div>
      <StatusMessage text={server.statusMessage} />
      <dl className="facts">
        <Fact term="Host" value={server.port ? `${server.host}:${server.port}` : server.host} />
        <Fact term="OS" value={os || MISSING} />
        <Fact term="Cores" value={server.cpuCores ?? MISSING} />
        <Fact
          term="RAM"
          value={formatBytes(server.ramTotalBytes ?? latest?.ramTotalBytes ?? null)}
        />
        <Fact term="Uptime" value={formatDuration(latest?.uptimeSeconds ?? null)} />
        <div className="fact">
          <dt>Last report</dt>
          <dd>
            {lastReport !== null ? (
              <DataAge collectedAt={lastReport} expectedIntervalMs={reportIntervalMs} prefix="" />
            ) : server.provisioningStep ? (
              `Not reported yet (provisioning: ${server.provisioningStep})`
            ) : (
              'Not reported yet'
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string | number }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd className="truncate" title={String(value)}>
        {value}
      </dd>
    </div>
  );
}
