const MAX_DETAIL_LENGTH = 120;

/** One short line saying why a response did not parse: the reader's error text. */
export function describeParseFailure(error: unknown): string {
  const detail =
    error instanceof Error && error.message !== '' ? error.message : 'unexpected shape';
  return detail.slice(0, MAX_DETAIL_LENGTH);
}
