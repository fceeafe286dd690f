const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * Exponential backoff with jitter: random() × min(30 s, 1 s × 2^attempt), for the stream and for
 * REST retries alike. Full jitter (random in 0–1) spreads a fleet of wall screens that all lost
 * the stream at the same moment.
 */
export function backoffDelayMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(random() * ceiling);
}
