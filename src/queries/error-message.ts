import { ApiError } from '../api/api-error.ts';

/**
 * A sentence an operator can act on, for any error a query can end with. `neededPermission`
 * (e.g. `view:servers`) names what a 403 is missing on the panel that shows it.
 */
export function errorMessage(error: unknown, neededPermission?: string): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return permissionMessage(error.message, neededPermission);
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

// A 403 means the credentials work but lack a permission: say so, so nobody signs out in vain.
function permissionMessage(detail: string, neededPermission: string | undefined): string {
  const reason = detail.replace(/[.\s]+$/, '');
  const needs =
    neededPermission ??
    (/\bview:[a-z_-]+/i.test(reason)
      ? null
      : 'a view permission such as view:servers or view:instances');
  const grant = needs
    ? `This API key or account needs ${needs}; ask an oCore admin to grant it.`
    : 'Ask an oCore admin to grant it to this API key or account.';
  return `Permission denied: ${reason}. ${grant}`;
}
