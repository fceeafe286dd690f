import { formatBytesPair, formatNumber, formatPercent, MISSING } from '../../lib/format.ts';
import type { HealthRow } from '../../model/fleet/fleet-rows.ts';
import type { StatusCount } from '../../model/fleet/instance-counts.ts';
import { invalidReading, type InvalidReading } from '../../model/invalid-reading.ts';
import type { Tone } from '../../model/fleet/status-tone.ts';
import { DataAge } from '../ui/data-age.tsx';
import { InvalidValue } from '../ui/invalid-value.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';

export interface FleetReading {
  label: string;
  tone: Tone;
  text: string;
  detail: string | null;
  /** The API sent nonsense for this reading: say so rather than show "—". */
  invalid: InvalidReading | null;
}

/** CPU, memory, disk and load with their judgement: the same four in the table and the cards. */
export function fleetReadings({ server, sample, health }: HealthRow): FleetReading[] {
  const cores = server.cpuCores;
  return [
    {
      label: 'CPU',
      tone: health.cpu,
      text: formatPercent(sample?.cpuUsagePercent ?? null),
      detail: null,
      invalid: invalidReading(sample, sample?.cpuUsagePercent, 'cpuUsagePercent'),
    },
    {
      label: 'Memory',
      tone: health.memory,
      text: formatPercent(sample?.ramUsagePercent ?? null, 0),
      detail: sample ? formatBytesPair(sample.ramUsedBytes, sample.ramTotalBytes) : null,
      invalid: invalidReading(sample, sample?.ramUsagePercent, 'ramUsagePercent', 'ramUsedBytes'),
    },
    {
      label: 'Disk',
      tone: health.disk,
      text: formatPercent(sample?.diskUsagePercent ?? null, 0),
      detail: sample ? formatBytesPair(sample.diskUsedBytes, sample.diskTotalBytes) : null,
      invalid: invalidReading(
        sample,
        sample?.diskUsagePercent,
        'diskUsagePercent',
        'diskUsedBytes',
      ),
    },
    {
      label: 'Load 1 m',
      tone: health.load,
      text: formatNumber(sample?.cpuLoad1m ?? null, 2),
      detail: cores ? `of ${cores} cores` : null,
      invalid: invalidReading(sample, sample?.cpuLoad1m, 'cpuLoad1m'),
    },
  ];
}

/** A reading's value with its shape and, for screen readers, its judgement in words. */
export function ReadingValue({ tone, text, detail, invalid }: FleetReading) {
  const isAlarming = tone === 'warning' || tone === 'critical';
  return (
    <>
      {isAlarming ? <ToneIcon tone={tone} size={14} /> : null}
      {invalid ? <InvalidValue {...invalid} /> : <span className="metric-cell-value">{text}</span>}
      {detail ? <span className="metric-cell-detail muted">{detail}</span> : null}
      {isAlarming ? <span className="visually-hidden"> ({tone})</span> : null}
    </>
  );
}

export function InstanceCounts({ counts }: { counts: StatusCount[] | null }) {
  if (counts === null) return <span className="muted">{MISSING}</span>;
  if (counts.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="instance-counts">
      {counts.map(({ status, count, tone }) => (
        <li key={status} className={`tone-${tone}`}>
          <ToneIcon tone={tone} size={12} />
          <span className="instance-count-text">
            {count} {status}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** How old the server's newest report is, judged against how often it should report. */
export function LastReport({
  row,
  reportIntervalMs,
}: {
  row: HealthRow;
  reportIntervalMs: number;
}) {
  if (!row.health.hasReported) return <span className="muted">Not reported yet</span>;
  return (
    <DataAge
      collectedAt={row.sample?.collectedAt ?? row.server.lastSeenAt}
      expectedIntervalMs={reportIntervalMs}
      prefix=""
    />
  );
}
