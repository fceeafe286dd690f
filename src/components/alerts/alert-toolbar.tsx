import { useId } from 'react';
import { ALERT_FILTERS, type AlertFilter } from '../../model/alerts.ts';

const FILTER_LABELS: Record<AlertFilter, string> = {
  open: 'Open',
  resolved: 'Resolved',
  all: 'All',
};

interface AlertToolbarProps {
  filter: AlertFilter;
  onFilterChange: (filter: AlertFilter) => void;
  perPage: number;
  pageSizes: readonly number[];
  onPerPageChange: (perPage: number) => void;
}

/** Which alerts to list (open, resolved, all) and how many per page. */
export function AlertToolbar(props: AlertToolbarProps) {
  const sizeId = useId();
  return (
    <div className="alert-toolbar">
      <fieldset className="alert-filter">
        <legend>Show</legend>
        {ALERT_FILTERS.map((filter) => (
          <label key={filter}>
            <input
              type="radio"
              name="alert-filter"
              value={filter}
              checked={props.filter === filter}
              onChange={() => props.onFilterChange(filter)}
            />
            {FILTER_LABELS[filter]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={sizeId}>Per page</label>
      <select
        id={sizeId}
        value={props.perPage}
        onChange={(event) => props.onPerPageChange(Number(event.target.value))}
      >
        {props.pageSizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
