import { routePatterns } from '../routes/paths.ts';

const PLACEHOLDER_ORIGIN = 'https://dashboard.invalid';

/**
 * Where to go after sign-in: only a path on this site. Anything that a browser could read as
 * another origin (`//host`, `/\host`, `https:…`, control characters) falls back to the fleet.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return '/';
  // Browsers treat `\` as `/` and drop tabs and newlines, so `/\evil` and `/\t/evil` mean `//evil`.
  if (raw.includes('\\') || hasControlCharacter(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
  // Returning to the sign-in page would only loop.
  if (url.pathname === routePatterns.login) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
