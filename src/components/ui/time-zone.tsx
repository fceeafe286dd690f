import { createContext, useContext } from 'react';
import type { TimeZoneMode } from '../../lib/format.ts';

// Every displayed time follows one app-wide zone: local by default, UTC on request (`tz=utc`).
export const TimeZoneContext = createContext<TimeZoneMode>('local');

export function useTimeZone(): TimeZoneMode {
  return useContext(TimeZoneContext);
}
