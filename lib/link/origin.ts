/** The site's origin as the request names it (a proxy's forwarded host and scheme first), for absolute links. */
export function requestOrigin(headers: Pick<Headers, 'get'>): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0]?.trim() || 'http'}://${host.split(',')[0]?.trim()}`;
}
