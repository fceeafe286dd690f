import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from '../api/api-error.ts';
import { errorMessage } from './error-message.ts';

const forbidden = (message: string) => new ApiError(message, { status: 403, code: 'forbidden' });

describe('errorMessage', () => {
  it('explains a 403 as a missing permission, naming it when known', () => {
    expect(errorMessage(forbidden('Forbidden'), 'view:servers')).toBe(
      'Permission denied: Forbidden. This API key or account needs view:servers; ask an oCore admin to grant it.',
    );
    expect(errorMessage(forbidden('Injected 403'))).toMatch(
      /^Permission denied: Injected 403\. .*view:servers or view:instances/,
    );
    expect(errorMessage(forbidden('Missing permission view:instances.'))).toBe(
      'Permission denied: Missing permission view:instances. Ask an oCore admin to grant it to this API key or account.',
    );
  });

  it("passes other errors' own words through", () => {
    expect(errorMessage(networkError(new TypeError('x')))).toBe(
      'The oCore API could not be reached',
    );
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('??')).toBe('Something went wrong.');
  });
});
