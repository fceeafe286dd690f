// Maps the API's open-ended status strings onto the four tones the UI can show.
export type Tone = 'ok' | 'warning' | 'critical' | 'unknown';

/** Worst first; unknown ranks above ok: a host with missing numbers must not look all-clear. */
export const TONE_ORDER: Record<Tone, number> = { critical: 0, warning: 1, unknown: 2, ok: 3 };

const SERVER_TONES: Record<string, Tone> = {
  active: 'ok',
  online: 'ok',
  unreachable: 'critical',
  error: 'critical',
  failed: 'critical',
};

const INSTANCE_TONES: Record<string, Tone> = {
  running: 'ok',
  creating: 'warning',
  restarting: 'warning',
  removing: 'warning',
  stopped: 'unknown',
  failed: 'critical',
  error: 'critical',
};

export function serverStatusTone(status: string): Tone {
  return SERVER_TONES[status.trim().toLowerCase()] ?? 'unknown';
}

export function instanceStatusTone(status: string): Tone {
  return INSTANCE_TONES[status.trim().toLowerCase()] ?? 'unknown';
}

/** "restarting" → "Restarting"; empty → "Unknown". Unknown values are shown as given. */
export function statusText(status: string): string {
  const text = status.trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Unknown';
}
