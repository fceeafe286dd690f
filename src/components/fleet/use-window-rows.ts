import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN_ROWS = 8;

const screenful = (rowHeight: number) =>
  Math.ceil((typeof window === 'undefined' ? 800 : window.innerHeight) / rowHeight);

interface Span {
  start: number;
  end: number;
}

/**
 * Which of `count` fixed-height rows the page's scroll shows (plus a few either side), and the
 * space the others keep above and below: the DOM holds a screenful, however long the list. With
 * one height for every row this is arithmetic, read on scroll and resize only.
 */
export function useWindowRows(count: number, rowHeight: number) {
  const listRef = useRef<HTMLTableSectionElement>(null);
  const [span, setSpan] = useState<Span>(() => ({
    start: 0,
    end: Math.min(count, screenful(rowHeight) + OVERSCAN_ROWS),
  }));

  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top;
    const first = Math.floor(Math.max(0, -top) / rowHeight);
    const start = Math.max(0, first - OVERSCAN_ROWS);
    const end = Math.min(count, first + screenful(rowHeight) + OVERSCAN_ROWS);
    setSpan((old) => (old.start === start && old.end === end ? old : { start, end }));
  }, [count, rowHeight]);

  useLayoutEffect(() => {
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [measure]);

  const start = Math.min(span.start, count);
  const end = Math.min(span.end, count);
  return {
    listRef,
    start,
    end,
    spaceBefore: start * rowHeight,
    spaceAfter: (count - end) * rowHeight,
  };
}
