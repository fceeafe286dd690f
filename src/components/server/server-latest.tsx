import './server-latest.css';
import type { Server, ServerSample } from '../../model/types.ts';
import { formatBytesPair, formatNumber, formatPercent, formatRate } from '../../lib/format.ts';
import { invalidReading } from '../../model/invalid-reading.ts';
import type { ServerHealth } from '../../model/fleet/server-health.ts';
import { InvalidValue } from '../ui/invalid-value.tsx';
import { UsageBar } from '../ui/usage-bar.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';

interface ServerLatestProps {
  server: Server;
  sample: ServerSample;
  health: ServerHealth;
  rxRate: number | null;
  txRate: number | null;
}

/** The newest sample as meters: usage with severity, load against cores, traffic rates. */
export function ServerLatest({ server, sample, health, rxRate, txRate }: ServerLatestProps) {
  const loadInvalid = invalidReading(sample, sample.cpuLoad1m, 'cpuLoad1m');
  return (
    <section className="server-latest" aria-label="Latest values">
      <UsageBar
        label="CPU"
        percent={sample.cpuUsagePercent}
        tone={health.cpu}
        valueText={formatPercent(sample.cpuUsagePercent)}
        invalid={invalidReading(sample, sample.cpuUsagePercent, 'cpuUsagePercent')}
      />
      <UsageBar
        label="Memory"
        percent={sample.ramUsagePercent}
        tone={health.memory}
        valueText={`${formatBytesPair(sample.ramUsedBytes, sample.ramTotalBytes)} · ${formatPercent(sample.ramUsagePercent, 0)}`}
        invalid={invalidReading(sample, sample.ramUsagePercent, 'ramUsagePercent', 'ramUsedBytes')}
      />
      <UsageBar
        label="Disk /"
        percent={sample.diskUsagePercent}
        tone={health.disk}
        valueText={`${formatBytesPair(sample.diskUsedBytes, sample.diskTotalBytes)} · ${formatPercent(sample.diskUsagePercent, 0)}`}
        invalid={invalidReading(
          sample,
          sample.diskUsagePercent,
          'diskUsagePercent',
          'diskUsedBytes',
        )}
      />
      <div className={`latest-figure tone-${health.load}`}>
        <span className="usage-bar-label">Load 1 m</span>
        <span className="latest-figure-value">
          {loadInvalid ? (
            <InvalidValue {...loadInvalid} />
          ) : (
            <>
              <ToneIcon tone={health.load} size={14} />
              {formatNumber(sample.cpuLoad1m, 2)}
            </>
          )}
          {server.cpuCores ? <span className="muted"> / {server.cpuCores} cores</span> : null}
        </span>
      </div>
      <div className="latest-figure">
        <span className="usage-bar-label">Network</span>
        <span className="latest-figure-value">
          ↓ {formatRate(rxRate)} · ↑ {formatRate(txRate)}
        </span>
      </div>
    </section>
  );
}
