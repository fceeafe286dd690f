import { useCallback, useEffect, useRef } from 'react';

/**
 * Tracks which elements (by their data-id) are on screen, with one shared IntersectionObserver,
 * and reports the set whenever it changes. Without IntersectionObserver, everything counts as visible.
 */
export function useVisibleIds(
  onChange: (ids: ReadonlySet<string>) => void,
  /** How far beyond the screen an element counts as visible, so its data is there on arrival. */
  rootMargin = '200px 0px',
) {
  const elements = useRef(new Set<HTMLElement>());
  const observer = useRef<IntersectionObserver | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const tracked = elements.current;
    if (typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<string>();
    const current = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.id;
          if (!id) continue;
          if (entry.isIntersecting) visible.add(id);
          else visible.delete(id);
        }
        onChangeRef.current(new Set(visible));
      },
      { rootMargin },
    );
    tracked.forEach((element) => current.observe(element));
    observer.current = current;
    return () => {
      current.disconnect();
      observer.current = null;
    };
  }, [rootMargin]);

  /** Ref callback for each tracked element. */
  return useCallback((element: HTMLElement | null) => {
    if (!element) return;
    elements.current.add(element);
    observer.current?.observe(element);
    if (typeof IntersectionObserver === 'undefined')
      reportAll(elements.current, onChangeRef.current);
    return () => {
      elements.current.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);
}

let reportQueued = false;
// Without IntersectionObserver (old browsers, jsdom) every row is "visible"; batch the reports.
function reportAll(elements: Set<HTMLElement>, onChange: (ids: ReadonlySet<string>) => void) {
  if (reportQueued) return;
  reportQueued = true;
  queueMicrotask(() => {
    reportQueued = false;
    onChange(new Set([...elements].map((element) => element.dataset.id ?? '')));
  });
}
