/** Tells the stream when the device gains or loses its network. */
export interface OnlineEvents {
  subscribe(listener: (online: boolean) => void): () => void;
}

export function defaultIsOnline(): boolean {
  // navigator.onLine can only be trusted when it says false; undefined (Node) counts as online.
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** The window's online/offline events, or null outside a browser. */
export function defaultOnlineEvents(): OnlineEvents | null {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return null;
  return {
    subscribe(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}
