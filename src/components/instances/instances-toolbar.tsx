import { useId } from 'react';
import { statusText } from '../../model/fleet/status-tone.ts';

export const SORT_LABELS = {
  worst: 'Worst first',
  name: 'Name',
  health: 'Health',
  restarts: 'Restarts',
} as const;
export type InstanceSortKey = keyof typeof SORT_LABELS;

interface InstancesToolbarProps {
  text: string;
  onTextChange: (text: string) => void;
  status: string;
  statuses: readonly string[];
  onStatusChange: (status: string) => void;
  sort: InstanceSortKey;
  onSortChange: (sort: InstanceSortKey) => void;
}

/** Text filter, status filter and sort, each kept in the URL by the page. */
export function InstancesToolbar(props: InstancesToolbarProps) {
  const textId = useId();
  const statusId = useId();
  const sortId = useId();
  return (
    <div className="instances-toolbar" role="search">
      <label htmlFor={textId}>Filter instances</label>
      <input
        id={textId}
        type="search"
        value={props.text}
        placeholder="Name, server, domain or version"
        onChange={(event) => props.onTextChange(event.target.value)}
      />
      <label htmlFor={statusId}>Status</label>
      <select
        id={statusId}
        value={props.status}
        onChange={(event) => props.onStatusChange(event.target.value)}
      >
        <option value="all">All statuses</option>
        <option value="problems">Not running</option>
        {props.statuses.map((status) => (
          <option key={status} value={status}>
            {statusText(status)}
          </option>
        ))}
      </select>
      <label htmlFor={sortId}>Sort</label>
      <select
        id={sortId}
        value={props.sort}
        onChange={(event) => props.onSortChange(event.target.value as InstanceSortKey)}
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
