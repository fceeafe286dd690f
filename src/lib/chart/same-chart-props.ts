// When a chart may skip a render: callers rebuild their specs (series, markers, domains) whenever
// any input changes, so identity says little; content, a few levels deep, says whether anything
// on the chart would change. Rows are the exception: large, and compared by identity only.

const CONTENT_DEPTH = 3;

function sameContent(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => key in right && sameContent(left[key], right[key], depth - 1));
}

/** For `memo`: equal when the rows are the same array and every other prop has the same content. */
export function sameChartProps<P extends { rows: unknown }>(previous: P, next: P): boolean {
  if (previous.rows !== next.rows) return false;
  return sameContent({ ...previous, rows: null }, { ...next, rows: null }, CONTENT_DEPTH + 1);
}
