// Node's fetch keeps no cookies; a browser does. This jar gives page tests a browser's cookie
// behaviour for one origin (the mock), so cookie sessions can run against the real mock.

export interface SentRequest {
  method: string;
  path: string;
  authorization: string | null;
  cookie: string | null;
}

export interface CookieJarFetch {
  fetch: typeof fetch;
  /** Cookie name → value, as the mock last set them. */
  cookies: Map<string, string>;
  /** Every request sent, oldest first, without bodies. */
  sent: SentRequest[];
}

export function createCookieJarFetch(base: typeof fetch = globalThis.fetch): CookieJarFetch {
  const cookies = new Map<string, string>();
  const sent: SentRequest[] = [];
  const jarFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookies.size > 0) {
      headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const url = new URL(input instanceof Request ? input.url : String(input));
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      authorization: headers.get('Authorization'),
      cookie: headers.get('Cookie'),
    });
    const response = await base(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) storeCookie(cookies, line);
    return response;
  };
  return { fetch: jarFetch, cookies, sent };
}

function storeCookie(cookies: Map<string, string>, setCookie: string) {
  const [pair = '', ...attributes] = setCookie.split(';');
  const separator = pair.indexOf('=');
  if (separator < 1) return;
  const name = pair.slice(0, separator).trim();
  const value = pair.slice(separator + 1).trim();
  const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
  if (expired || value === '') cookies.delete(name);
  else cookies.set(name, value);
}
