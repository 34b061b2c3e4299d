/**
 * Runs before every page request: a fresh nonce and the page Content-Security-Policy (lib/security).
 * Next reads the CSP from the request headers and puts the nonce on the scripts it renders.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isFrameablePath, pageCsp } from '@/lib/security/headers';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  // Only the embed may be framed by other sites; next.config.js leaves X-Frame-Options off it too.
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development', isFrameablePath(request.nextUrl.pathname));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
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
