import { useSyncExternalStore } from 'react';

/** Phones and narrow windows: below this the header folds into a menu and tables become cards. */
export const NARROW_SCREEN_QUERY = '(max-width: 719.98px)';

/** Whether the media query matches now; follows rotation and window resizes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
}
