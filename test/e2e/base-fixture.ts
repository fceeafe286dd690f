import { expect, test as base, type Page } from '@playwright/test';
import { resetFaults } from './mock-control.ts';

// The base fixture of every spec (import `test` and `expect` from here): faults are reset before
// each test, and a guard checks that whatever the API does, the page throws no uncaught error,
// logs no console error the test did not declare, runs no injected script, violates no CSP
// directive, and keeps credentials out of URLs, the console and (unless remembered) storage.

export interface Guard {
  /** "Failed to load resource … status of N" is expected for these statuses (the test caused them). */
  expectFailedStatus(...statuses: number[]): void;
  /** Connection-level failures (refused, reset, aborted) are expected. */
  expectNetworkFailures(): void;
  /** The test signed in with "Remember on this device": a key in localStorage is allowed. */
  allowRememberedKey(): void;
}

// An `ocore_…` API key, or a JWT (base64url of '{"'), in any text the guard can see.
const TOKEN = /ocore_[A-Za-z0-9_-]{4,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/;
const FAILED_RESOURCE =
  /^Failed to load resource: (?:the server responded with a status of (\d{3})|net::)/;

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, request }, use) => {
      const problems: string[] = [];
      const statuses = new Set<number>();
      let networkFailuresExpected = false;
      let rememberedKeyAllowed = false;

      page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`a dialog opened (injected script?): ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on('request', (req) => {
        if (TOKEN.test(req.url())) problems.push(`credential in a request URL: ${req.url()}`);
      });
      page.on('console', (message) => {
        const text = message.text();
        if (TOKEN.test(text)) problems.push(`credential in the console: ${text.slice(0, 200)}`);
        if (message.type() !== 'error') return;
        const failed = FAILED_RESOURCE.exec(text);
        if (failed?.[1] && statuses.has(Number(failed[1]))) return;
        // The API's documented "no metrics yet" answer, which the dashboard reads as such.
        if (failed?.[1] === '404' && message.location().url.includes('/metrics/latest')) return;
        if (failed && !failed[1] && networkFailuresExpected) return;
        problems.push(`console error: ${text.slice(0, 300)}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      // A fault left by an earlier test (or a crashed run) must not leak into this one.
      await resetFaults(request);
      await use({
        expectFailedStatus: (...codes) => codes.forEach((code) => statuses.add(code)),
        expectNetworkFailures: () => void (networkFailuresExpected = true),
        allowRememberedKey: () => void (rememberedKeyAllowed = true),
      });

      problems.push(...(await pageProblems(page, rememberedKeyAllowed)));
      await resetFaults(request);
      expect(problems, 'problems seen while the page ran').toEqual([]);
    },
    { auto: true },
  ],
});

/** What the page itself can tell after the test: injected script, CSP violations, stored tokens. */
async function pageProblems(page: Page, rememberedKeyAllowed: boolean): Promise<string[]> {
  if (page.isClosed()) return [];
  const seen = await page
    .evaluate(() => ({
      pwned: window.__pwned !== undefined,
      csp: window.__cspViolations ?? [],
      local: Object.values(localStorage).join('\n'),
      session: Object.values(sessionStorage).join('\n'),
    }))
    .catch(() => null);
  if (!seen) return [];
  const problems: string[] = [];
  if (seen.pwned) problems.push('an injected script ran (window.__pwned is set)');
  for (const violation of seen.csp) problems.push(`CSP violation: ${violation}`);
  if (TOKEN.test(seen.local) && !rememberedKeyAllowed) {
    problems.push('a credential is in localStorage without "Remember on this device"');
  }
  if (/eyJ[A-Za-z0-9_-]{10,}\./.test(seen.local + seen.session)) {
    problems.push('an access token (JWT) is in web storage');
  }
  return problems;
}

export { expect };
export type { Locator, Page, Route } from '@playwright/test';
