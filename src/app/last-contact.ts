// When the API last answered, kept across page loads: a screen that restarts while the server is
// down can still say "last contact 03:12:05". A timestamp only, never anything the API sent.
export const LAST_CONTACT_STORAGE_KEY = 'ocore-monitor.last-contact';
/** Answers come many a second; the stored time needs to be right to a few seconds only. */
const WRITE_EVERY_MS = 5_000;

export function readLastContact(storage: Pick<Storage, 'getItem'> = localStorage): number | null {
  try {
    const at = Number(storage.getItem(LAST_CONTACT_STORAGE_KEY));
    return Number.isFinite(at) && at > 0 ? at : null;
  } catch {
    return null;
  }
}

/** A writer that stores the newest contact time at most every few seconds. */
export function createLastContactWriter(storage: Pick<Storage, 'setItem'> = localStorage) {
  let writtenAt = 0;
  return (at: number) => {
    if (at - writtenAt < WRITE_EVERY_MS) return;
    writtenAt = at;
    try {
      storage.setItem(LAST_CONTACT_STORAGE_KEY, String(at));
    } catch {
      // Storage full or forbidden: the banner just knows less after a restart.
    }
  };
}
