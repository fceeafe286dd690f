import { createContext, useContext, type ReactNode } from 'react';

/**
 * Each screen's API budget, in requests per minute: 300 (5 a second) keeps a 1,000-server wall
 * current on screen and cycles the rest within a few minutes. `requestsPerMinute` in config.json
 * changes it.
 */
export const DEFAULT_REQUESTS_PER_MINUTE = 300;

const RequestBudgetContext = createContext(DEFAULT_REQUESTS_PER_MINUTE);

export function RequestBudgetProvider({
  requestsPerMinute,
  children,
}: {
  requestsPerMinute: number | undefined;
  children: ReactNode;
}) {
  return (
    <RequestBudgetContext.Provider value={requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE}>
      {children}
    </RequestBudgetContext.Provider>
  );
}

export function useRequestBudget(): number {
  return useContext(RequestBudgetContext);
}
