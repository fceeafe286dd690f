import { isRecord } from './wire-values.ts';

const MAX_DETAIL_LENGTH = 120;

/** One short line saying why a response did not parse: the first zod issue, or the error text. */
export function describeParseFailure(error: unknown): string {
  let detail = 'unexpected shape';
  if (isRecord(error) && Array.isArray(error.issues) && isRecord(error.issues[0])) {
    const { path, message } = error.issues[0];
    const where = Array.isArray(path) && path.length > 0 ? path.map(String).join('.') : 'response';
    detail = `${where}: ${typeof message === 'string' ? message : 'invalid'}`;
  } else if (error instanceof Error && error.message !== '') {
    detail = error.message;
  }
  return detail.slice(0, MAX_DETAIL_LENGTH);
}
