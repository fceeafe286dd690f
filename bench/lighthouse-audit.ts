// Lighthouse 12 (system Chromium, by DevTools port) on the fleet and a server page, mobile and desktop.
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { launchDebuggableChromium } from './lib/chromium-debug.ts';
import { printTable } from './lib/table.ts';

const PAGES = [
  { name: 'Fleet', path: '/' },
  { name: 'Server', path: '/servers/srv-01' },
];
const FORM_FACTORS: { name: string; config?: Config }[] = [
  { name: 'mobile (default)' },
  { name: 'desktop', config: desktopConfig },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };

export interface LighthouseScore {
  page: string;
  formFactor: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: string;
  failing: string[];
}

function score(lhr: Result, category: (typeof CATEGORIES)[number]): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

/** Scored audits that did not pass, in every category short of 100. */
function failingAudits(lhr: Result): string[] {
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    if (score(lhr, category) === 100) continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      const scored = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric';
      if (!scored || audit.score === null || audit.score >= 0.9 || ref.weight === 0) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      failing.push(`${category}: ${ref.id} — ${audit.title}${value}${nodeList(audit.details)}`);
    }
  }
  return failing;
}

function nodeList(details: unknown): string {
  const items = (details as { items?: { node?: { selector?: string } }[] } | undefined)?.items;
  const selectors = (items ?? []).flatMap((item) =>
    item.node?.selector ? [item.node.selector] : [],
  );
  return selectors.length ? ` at ${selectors.slice(0, 4).join(', ')}` : '';
}

/** "seen FCP 0.4 s, LCP 1.1 s": the paints in this run's own trace, before any simulation. */
function observedPaints(lhr: Result): string | null {
  const details = lhr.audits.metrics?.details as { items?: Record<string, unknown>[] } | undefined;
  const item = details?.items?.[0];
  const fcp = item?.observedFirstContentfulPaint;
  const lcp = item?.observedLargestContentfulPaint;
  if (typeof fcp !== 'number' || typeof lcp !== 'number') return null;
  return `seen FCP ${(fcp / 1000).toFixed(1)} s, LCP ${(lcp / 1000).toFixed(1)} s`;
}

function keyMetrics(lhr: Result): string {
  const shown = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ];
  const labels = ['FCP', 'LCP', 'TBT', 'CLS'];
  const values = shown.map((id, i) => `${labels[i]} ${lhr.audits[id]?.displayValue ?? '–'}`);
  // Mobile scores are simulated (a slow link and CPU); what this run's trace saw is told beside.
  const seen = observedPaints(lhr);
  if (seen) values.push(seen);
  // The host's speed as Lighthouse measured it: on a slow or busy machine the scores drop with it.
  return [...values, `host benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}`].join(
    ', ',
  );
}

function scoreCell(result: LighthouseScore, category: (typeof CATEGORIES)[number]): string {
  const value = result.scores[category];
  return value >= LIGHTHOUSE_TARGETS[category] ? `${value}` : `${value} (missed)`;
}

/** Runs every page × form factor once and prints the scores, plus the audits that cost points. */
export async function runLighthouse(origin: string): Promise<LighthouseScore[]> {
  const chromium = await launchDebuggableChromium();
  const results: LighthouseScore[] = [];
  try {
    for (const page of PAGES) {
      for (const formFactor of FORM_FACTORS) {
        console.error(`… lighthouse ${page.name} ${formFactor.name}`);
        const run = await lighthouse(
          `${origin}${page.path}`,
          { port: chromium.port, logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor.config,
        );
        if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const { lhr } = run;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        results.push({
          page: `${page.name} (${page.path})`,
          formFactor: formFactor.name,
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [c, score(lhr, c)]),
          ) as LighthouseScore['scores'],
          metrics: keyMetrics(lhr),
          failing: failingAudits(lhr),
        });
      }
    }
  } finally {
    await chromium.stop();
  }
  printTable(
    `Lighthouse 12.2.3 (${chromium.version}; targets: performance ≥ 95, accessibility 100, best practices ≥ 95)`,
    ['Page', 'form factor', 'performance', 'accessibility', 'best practices', 'metrics'],
    results.map((result) => [
      result.page,
      result.formFactor,
      scoreCell(result, 'performance'),
      scoreCell(result, 'accessibility'),
      scoreCell(result, 'best-practices'),
      result.metrics,
    ]),
  );
  const failing = results.flatMap((result) =>
    result.failing.map((line) => `- ${result.page}, ${result.formFactor}: ${line}`),
  );
  if (failing.length)
    console.log(`\nAudits that cost points (score < 0.9):\n${failing.join('\n')}`);
  return results;
}
