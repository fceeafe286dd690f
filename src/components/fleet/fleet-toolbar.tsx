import { useId } from 'react';
import type { FleetSort } from '../../model/fleet/fleet-rows.ts';
import { ThresholdLegend } from './threshold-legend.tsx';

interface FleetToolbarProps {
  filter: string;
  onFilterChange: (filter: string) => void;
  sort: FleetSort;
  onSortChange: (sort: FleetSort) => void;
}

export function FleetToolbar({ filter, onFilterChange, sort, onSortChange }: FleetToolbarProps) {
  const filterId = useId();
  const sortId = useId();
  return (
    <div className="fleet-toolbar" role="search">
      <label htmlFor={filterId}>Filter servers</label>
      <input
        id={filterId}
        type="search"
        value={filter}
        placeholder="Name, host or status"
        onChange={(event) => onFilterChange(event.target.value)}
      />
      <label htmlFor={sortId}>Sort</label>
      <select
        id={sortId}
        value={sort}
        onChange={(event) => onSortChange(event.target.value as FleetSort)}
      >
        <option value="worst">Worst first</option>
        <option value="name">Name</option>
      </select>
      <ThresholdLegend />
    </div>
  );
}
