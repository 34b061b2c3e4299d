/**
 * The site's origin for absolute links (link previews, the link printed on a chart image, an embed's
 * "Open the live scenario"), from a request's headers. The one place that reads forwarded headers: never
 * throws, and never lets a header put anything but an http(s) URL of a well-formed host into a page.
 *
 * - Protocol: the first value of X-Forwarded-Proto ("https, http" from a proxy chain gives https), and only
 *   http or https; anything else (javascript, garbage) counts as http.
 * - Host: the configured site URL's (SITE_URL, e.g. https://explorer.example.com) when there is one, which
 *   also fixes the protocol; else X-Forwarded-Host's first value if it is in the allow-list (ALLOWED_HOSTS,
 *   comma-separated); else the request's own Host, if well formed; else localhost.
 */
export interface OriginConfig {
  /** The site's public URL; when set, every link uses its origin whatever the headers say. */
  siteUrl?: string;
  /** Hosts (host or host:port, lower case) a proxy may name in X-Forwarded-Host. */
  allowedHosts?: readonly string[];
}

type HeaderReader = Pick<Headers, 'get'>;

// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/;
const FALLBACK_HOST = 'localhost';

/** The first value of a comma-separated header, trimmed and in lower case ('' if none). */
function firstValue(value: string | null): string {
  if (!value) return '';
  const comma = value.indexOf(',');
  return (comma === -1 ? value : value.slice(0, comma)).trim().toLowerCase();
}

/** A host header's value if well formed, as URL writes it (lower case; "a.0" and the like refused), else null. */
export function validHost(value: string | null): string | null {
  const host = firstValue(value);
  if (host.length === 0 || host.length > 260 || !HOST.test(host)) return null;
  try {
    return new URL(`http://${host}`).host || null;
  } catch {
    return null;
  }
}

/** http or https from X-Forwarded-Proto's first value; anything else is http. */
export function forwardedProtocol(value: string | null): 'http' | 'https' {
  return firstValue(value) === 'https' ? 'https' : 'http';
}

/** A configured site URL's origin, or null when it is unset or not an http(s) URL. */
function siteOrigin(siteUrl: string | undefined): string | null {
  if (!siteUrl) return null;
  try {
    const url = new URL(siteUrl);
    return (url.protocol === 'https:' || url.protocol === 'http:') && validHost(url.host) ? url.origin : null;
  } catch {
    return null;
  }
}

/** The configuration from the environment (read per call: cheap, and tests can set it). */
export function originConfigFromEnv(env: Record<string, string | undefined> = process.env): OriginConfig {
  return {
    siteUrl: env.SITE_URL,
    allowedHosts: (env.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  };
}

/** The site's origin ("https://host[:port]") for a request: see the file's comment. Never throws. */
export function requestOrigin(headers: HeaderReader, config: OriginConfig = originConfigFromEnv()): string {
  try {
    const configured = siteOrigin(config.siteUrl);
    if (configured) return configured;
    const protocol = forwardedProtocol(headers.get('x-forwarded-proto'));
    const forwarded = validHost(headers.get('x-forwarded-host'));
    const host = forwarded && config.allowedHosts?.includes(forwarded) ? forwarded : (validHost(headers.get('host')) ?? FALLBACK_HOST);
    return `${protocol}://${host}`;
  } catch {
    return `http://${FALLBACK_HOST}`;
  }
}
