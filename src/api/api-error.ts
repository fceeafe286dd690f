import { retryAfterSeconds as parseRetryAfter } from './retry-after.ts';
import { statusText } from './status-text.ts';
import { isRecord } from './schemas/wire-values.ts';

/** The one error type the API layer throws (apart from a caller's own AbortError). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no response arrived (network failure, timeout). */
  readonly status: number;
  /** 'network', 'timeout', 'invalid_response', the API's own code, or `http_<status>`. */
  readonly code: string;
  /** From `Retry-After`, when the API said how long to wait. */
  readonly retryAfterSeconds: number | null;

  constructor(
    message: string,
    options: { status: number; code: string; retryAfterSeconds?: number | null; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.code = options.code;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export const NETWORK_MESSAGE = 'The oCore API could not be reached';
export const INVALID_RESPONSE_MESSAGE = 'The oCore API sent a response the dashboard cannot read';

export function networkError(cause: unknown): ApiError {
  return new ApiError(NETWORK_MESSAGE, { status: 0, code: 'network', cause });
}

export function timeoutError(timeoutMs: number, cause?: unknown): ApiError {
  const seconds = Number((timeoutMs / 1000).toFixed(1));
  return new ApiError(`The oCore API did not answer within ${seconds} s`, {
    status: 0,
    code: 'timeout',
    cause,
  });
}

export function invalidResponseError(status: number, detail: string, cause?: unknown): ApiError {
  return new ApiError(`${INVALID_RESPONSE_MESSAGE} (${detail})`, {
    status,
    code: 'invalid_response',
    cause,
  });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnauthorized(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 401;
}

export function isForbidden(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 403;
}

export function isNotFound(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 404;
}

export function isRateLimited(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 429;
}

export function isServerError(error: unknown): error is ApiError {
  return isApiError(error) && error.status >= 500;
}

// Proxies and crashed backends answer with HTML or very long text; a message is one readable line.
const MAX_MESSAGE_LENGTH = 300;

/** Turns a non-2xx response into an ApiError; never throws, whatever the body holds. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  const body = await readJsonBody(res);
  const fallback = `${res.statusText || statusText(res.status)} (${res.status})`;
  const message = messageFrom(body) ?? fallback;
  return new ApiError(message.slice(0, MAX_MESSAGE_LENGTH), {
    status: res.status,
    code: codeFrom(body) ?? `http_${res.status}`,
    retryAfterSeconds: parseRetryAfter(res.headers.get('Retry-After')),
  });
}

async function readJsonBody(res: Response): Promise<unknown> {
  try {
    const text = await res.text();
    return text.trim() === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function messageFrom(body: unknown): string | null {
  if (typeof body === 'string') return nonEmpty(body);
  if (!isRecord(body)) return null;
  const { message, error, detail } = body;
  return (
    nonEmpty(message) ??
    nonEmpty(error) ??
    (isRecord(error) ? nonEmpty(error.message) : null) ??
    // FastAPI-style backends put the text under `detail`.
    nonEmpty(detail)
  );
}

function codeFrom(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const { code, error } = body;
  const raw = code ?? (isRecord(error) ? error.code : undefined);
  return typeof raw === 'number' ? String(raw) : nonEmpty(raw);
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
