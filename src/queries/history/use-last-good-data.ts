import { useState } from 'react';

/**
 * The newest defined value seen, so a panel keeps its last good data when a later fetch
 * (or the next period's first fetch) fails, instead of going blank.
 */
export function useLastGoodData<T>(data: T | undefined): T | undefined {
  const [lastGood, setLastGood] = useState(data);
  if (data !== undefined && data !== lastGood) setLastGood(data);
  return data ?? lastGood;
}
