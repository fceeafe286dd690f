// In-page checks on Recharts output, passed to page.waitForFunction / page.evaluate.

/** What one drawn chart costs in SVG: every element under its surface, and points on its lines. */
export interface ChartSvgCost {
  elements: number;
  /** Commands in the longest line path (M and L): ≈ points drawn. */
  linePoints: number;
  width: number;
}

/**
 * performance.now() once at least `count` charts each have a drawn line and none is dimmed or
 * busy (previous period still shown); false until then. Optionally every first line must differ
 * from `before` (the paths of the previous period).
 */
export function chartsDrawnAt({
  count,
  before,
}: {
  count: number;
  before?: string[];
}): number | false {
  // Cheap checks first: this runs every frame while the page loads.
  const surfaces = document.querySelectorAll('svg.recharts-surface');
  if (surfaces.length < count) return false;
  if (document.querySelectorAll('svg.recharts-surface path.recharts-line-curve').length < count) {
    return false;
  }
  const firstLines = [...surfaces]
    .map((svg) => svg.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? '')
    .filter((d) => d.includes('L'));
  if (firstLines.length < count) return false;
  if (document.querySelector('.is-dimmed, section[aria-busy="true"]')) return false;
  if (before && firstLines.some((d, i) => d === before[i])) return false;
  return performance.now();
}

/** The first line's `d` in every chart, to tell the next period's drawing from this one. */
export function firstLinePaths(): string[] {
  return [...document.querySelectorAll('svg.recharts-surface')]
    .map((svg) => svg.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? '')
    .filter((d) => d.includes('L'));
}

export function chartSvgCosts(): ChartSvgCost[] {
  return [...document.querySelectorAll('svg.recharts-surface')].map((svg) => {
    const lines = [...svg.querySelectorAll('path.recharts-line-curve')];
    const points = lines.map((line) => (line.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0);
    return {
      elements: svg.querySelectorAll('*').length,
      linePoints: Math.max(0, ...points),
      width: svg.getBoundingClientRect().width,
    };
  });
}
