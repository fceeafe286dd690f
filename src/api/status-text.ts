// Response.statusText is empty over HTTP/2 and from some proxies, so keep our own wording.
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A human name for an HTTP status, e.g. 503 → "Service Unavailable". */
export function statusText(status: number): string {
  if (STATUS_TEXT[status]) return STATUS_TEXT[status];
  if (status >= 500) return 'Server error';
  if (status >= 400) return 'Request failed';
  return 'Unexpected response';
}
