/**
 * /embed with a chart that does not exist: a 404 (app/embed/page.tsx calls notFound()), said in words with
 * the charts that can be embedded. proxy.ts passes the asked-for name in a request header (x-embed-chart),
 * since a not-found page gets no search parameters; React escapes it like any text.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { requestOrigin } from '@/lib/link/origin';
import { CHART_IDS, HEADLINE_EMBED } from '@/lib/view-models';

const APP_NAME = 'AI Infrastructure Economics Explorer';

export const metadata: Metadata = { title: `No such chart — ${APP_NAME}`, robots: { index: false } };

export default async function EmbedNotFound() {
  const h = await headers();
  const chart = (h.get('x-embed-chart') ?? '').slice(0, 60);
  const origin = requestOrigin(h);
  return (
    <main id="embed" className="bg-background p-4 text-foreground sm:p-5">
      <h1 className="text-lg font-semibold">{chart ? `There is no chart “${chart}” to show` : 'No chart named in this embed'}</h1>
      <p className="mt-1 text-sm">
        The embed’s address needs <code>chart=</code> followed by one of: {[...CHART_IDS, HEADLINE_EMBED].join(', ')}. (The Risk and Compare views’ charts are
        drawn by a simulation in the browser and cannot be embedded.)
      </p>
      <p className="mt-2 text-sm">
        <a href={`${origin}/`} target="_blank" rel="noopener" className="font-semibold underline underline-offset-2">
          Open the {APP_NAME}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
