import { ApiError } from '../api/api-error.ts';

/** A sentence an operator can act on, for any error a query can end with. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return `Permission denied: ${error.message}`;
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
