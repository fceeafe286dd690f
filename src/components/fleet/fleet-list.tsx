import { NARROW_SCREEN_QUERY, useMediaQuery } from '../ui/use-media-query.ts';
import { FleetCards } from './fleet-cards.tsx';
import type { HealthRow } from '../../model/fleet/fleet-rows.ts';
import { FleetTable } from './fleet-table.tsx';

interface FleetListProps {
  rows: readonly HealthRow[];
  reportIntervalMs: number;
  onVisibleChange: (ids: ReadonlySet<string>) => void;
}

/** The table on a wide screen, cards on a narrow one: only one of them is ever in the page. */
export function FleetList(props: FleetListProps) {
  const isNarrow = useMediaQuery(NARROW_SCREEN_QUERY);
  return isNarrow ? <FleetCards {...props} /> : <FleetTable {...props} />;
}
