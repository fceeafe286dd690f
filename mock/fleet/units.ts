// Sizes and durations the fleet is described in.

export const GIB = 1024 ** 3;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
