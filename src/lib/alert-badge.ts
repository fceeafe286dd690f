// The open-alert count carried by the tab itself: "(3) oCore monitor" and a badge on the favicon,
// so a background tab shows trouble. The icon is an SVG data URL (the CSP allows img-src data:).

const BASE_ICON =
  '<rect width="32" height="32" rx="6" fill="#0f172a"/>' +
  '<polyline points="4,20 10,20 14,8 18,26 22,14 28,14" fill="none" stroke="#22c55e" stroke-width="3" stroke-linejoin="round"/>';

const COUNT_PREFIX = /^\(\d+\+?\)\s*/;
const APP_TITLE = 'oCore monitor';

/** "(3) oCore monitor"; the title unchanged (minus any old count) when there is nothing open. */
export function titleWithAlertCount(title: string, count: number | null): string {
  const bare = title.replace(COUNT_PREFIX, '').trim() || APP_TITLE;
  return count !== null && count > 0 ? `(${count > 999 ? '999+' : count}) ${bare}` : bare;
}

/** The favicon with a red badge showing the count ("9+" past nine); null: the plain icon. */
export function faviconWithAlertCount(count: number | null): string | null {
  if (count === null || count <= 0) return null;
  const label = count > 9 ? '9+' : String(count);
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    BASE_ICON +
    '<circle cx="22" cy="10" r="10" fill="#dc2626" stroke="#ffffff" stroke-width="2"/>' +
    `<text x="22" y="14.5" font-family="Arial,sans-serif" font-size="${label.length > 1 ? 11 : 13}" font-weight="700" fill="#ffffff" text-anchor="middle">${label}</text>` +
    '</svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
