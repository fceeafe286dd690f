import { errorMessage } from './error-message.ts';

interface FailedQuery {
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

export interface QueryErrorView {
  message: string;
  onRetry: () => void;
  isRetrying: boolean;
}

/** What a panel needs to show a query's failure and offer "Try again"; null while it is fine. */
export function queryError(query: FailedQuery, neededPermission?: string): QueryErrorView | null {
  if (!query.error) return null;
  return {
    message: errorMessage(query.error, neededPermission),
    onRetry: () => void query.refetch(),
    isRetrying: query.isFetching,
  };
}
