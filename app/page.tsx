import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { Dashboard } from '@/components/dashboard/dashboard';
import { UrlAdapter } from '@/components/dashboard/url-adapter';
import { requestOrigin } from '@/lib/link/origin';
import { summariseLink, toQueryString } from '@/lib/link/summary';
import { upgradeLinkQuery } from '@/lib/scenario';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const APP_NAME = 'AI Infrastructure Economics Explorer';

/** Link previews name the scenario and point to an image of it (app/api/og). */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const summary = summariseLink(toQueryString(await searchParams));
  // The one reader of forwarded headers (lib/link/origin.ts): an http(s) origin of a well-formed host, never a throw.
  const origin = requestOrigin(await headers());
  const image = { url: `/api/og${summary.query ? `?${summary.query}` : ''}`, width: 1200, height: 630, alt: summary.sentence };
  const title = summary.title === 'Public data' ? APP_NAME : `${summary.title} — ${APP_NAME}`;
  return {
    metadataBase: new URL(origin),
    title,
    description: summary.sentence,
    openGraph: { type: 'website', siteName: APP_NAME, title, description: summary.sentence, images: [image] },
    twitter: { card: 'summary_large_image', title, description: summary.sentence, images: [image] },
  };
}

/**
 * The dashboard. Reading searchParams makes the page render per request, so the server HTML already
 * holds the linked scenario's figures and any notice about the link (no flash, no layout shift).
 */
export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const query = toQueryString(await searchParams);
  // A link made with an older model: send the browser to the same assumptions in today's link format, so
  // the dashboard (which reads the URL key by key) sees the migrated values; `from` carries the notice.
  const upgraded = upgradeLinkQuery(query);
  if (upgraded !== null) redirect(`/?${upgraded}`);
  const summary = summariseLink(query);
  // No Suspense boundary: the page renders per request, so the dashboard is in the first flush of HTML
  // (a boundary here streamed a "Loading" fallback first and pushed the largest paint back ~0.5 s).
  return (
    <main>
      <UrlAdapter search={query}>
        <Dashboard
          linkProblems={summary.problems}
          linkProblemCount={summary.problemCount}
          olderVersion={summary.olderVersion}
          upgrade={summary.upgrade}
          initialResults={summary.initial}
        />
      </UrlAdapter>
    </main>
  );
}
