/**
 * Runs before every page request: the page Content-Security-Policy (lib/security), which the production front
 * completes with the page's script hashes (lib/http/page-cache.mjs), and the embed's chart name.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isFrameablePath, pageCsp } from '@/lib/security/headers';

export function proxy(request: NextRequest) {
  // Only the embed may be framed by other sites; next.config.js leaves X-Frame-Options off it too.
  const csp = pageCsp(process.env.NODE_ENV === 'development', isFrameablePath(request.nextUrl.pathname));
  const requestHeaders = new Headers(request.headers);
  // The embed's not-found page names the chart that was asked for (it gets no search parameters).
  requestHeaders.delete('x-embed-chart');
  if (isFrameablePath(request.nextUrl.pathname)) requestHeaders.set('x-embed-chart', (request.nextUrl.searchParams.get('chart') ?? '').slice(0, 60));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes and static files get next.config.js's static headers.
      source: '/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
