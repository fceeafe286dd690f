import { startTransition, useEffect, useState } from 'react';

interface Stage<T> {
  rows: T;
  /** What the charts not yet redrawn keep showing meanwhile. */
  previous: T;
  /** How many charts, from the first, draw `rows`. */
  count: number;
}

const nextFrame = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(run);
    return () => cancelAnimationFrame(id);
  }
  const timer = setTimeout(run, 16);
  return () => clearTimeout(timer);
};

/**
 * New rows reach a grid's charts one per frame, each in an interruptible render, so drawing six
 * charts is six short tasks instead of one long one; charts not reached yet keep what they showed
 * (or, on the first rows, their loading frame).
 * Returns, per chart index, its rows and whether it is still waiting for its first.
 */
export function useStagedRows<T extends readonly unknown[]>(rows: T, charts: number) {
  // Rows already there at mount (the history was fetched beside the page's code) are handed out
  // one chart per frame too: six charts mounting in one task block input for half a second.
  const [stage, setStage] = useState<Stage<T>>(() =>
    rows.length === 0
      ? { rows, previous: rows, count: charts }
      : { rows, previous: rows.slice(0, 0) as unknown as T, count: 1 },
  );
  let current = stage;
  if (stage.rows !== rows) {
    // A new set while the last was still being handed out: the charts not reached keep the older.
    current = { rows, previous: stage.count >= charts ? stage.rows : stage.previous, count: 1 };
    setStage(current);
  }
  useEffect(() => {
    if (stage.count >= charts) return;
    return nextFrame(() =>
      startTransition(() =>
        setStage((old) => (old.rows === stage.rows ? { ...old, count: old.count + 1 } : old)),
      ),
    );
  }, [stage, charts]);
  return (index: number) => {
    const reached = index < current.count;
    const shown = reached ? current.rows : current.previous;
    return { rows: shown, isWaiting: !reached && current.previous.length === 0 };
  };
}
