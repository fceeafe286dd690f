import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Which of `count` fixed-height rows the page's scroll shows (plus some either side), and the
 * space the others keep above and below: the DOM holds a screenful, however long the list.
 */
export function useWindowRows(count: number, rowHeight: number) {
  const listRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    setScrollMargin((old) => (Math.abs(old - top) < 1 ? old : top));
  }, [count]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin,
    // Before the first layout (and in tests without one) start from a screenful.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    listRef,
    start: first?.index ?? 0,
    end: last ? last.index + 1 : 0,
    spaceBefore: first ? first.start - scrollMargin : 0,
    spaceAfter: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
  };
}
