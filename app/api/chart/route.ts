/**
 * GET /api/chart?chart=<id>&format=png|svg&<a scenario's link query>: one chart of the registry as a
 * standalone image, drawn on the server so that the same link is the same image for everyone (an image
 * link in an email or a slide stays the same picture). PNG at 2× (2400×1350) for slides, SVG with real text.
 * Bad input is answered in words: an unknown chart or format is a 404/400 naming the valid ones; a value
 * the link could not use is drawn around and named on the image. Unknown keys are dropped (imageLinkQuery),
 * answers come from an in-memory cache with an ETag, and PNGs are drawn in worker threads, a bounded number
 * at once (lib/images/image-cache.ts, rasterise.ts).
 */
import { measureText } from '@/lib/images/fonts';
import { chartImage } from '@/lib/images/chart-image';
import { createImageCache, imageKey } from '@/lib/images/image-cache';
import { PNG_WORKERS, svgToPngOffThread } from '@/lib/images/rasterise';
import { requestOrigin } from '@/lib/link/origin';
import { imageLinkQuery } from '@/lib/scenario';
import { CHART_IDS, CHART_IMAGE_SIZE, CHART_QUERY_KEYS, isChartId, scenarioQueryOf } from '@/lib/view-models';

/**
 * A week fresh, a month served stale while redrawn. An image is a pure function of its canonical link, the
 * model and the build (lib/images/image-cache.ts); a deploy changes the ETag, so a revalidation after one
 * gets the new image.
 */
const CACHE_CONTROL = 'public, max-age=604800, stale-while-revalidate=2592000';

/**
 * Finished images by key (a PNG is 150-450 KB; 96 MB holds several hundred), and at most one drawing per
 * PNG worker at once with 24 waiting: beyond that, 503 + Retry-After.
 */
const images = createImageCache({ maxEntries: 1000, maxBytes: 96 * 1024 * 1024, concurrency: PNG_WORKERS, maxQueue: 24 });
const encoder = new TextEncoder();

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const chart = url.searchParams.get(CHART_QUERY_KEYS.chart) ?? '';
  if (!isChartId(chart)) {
    return plain(
      404,
      `${chart ? `There is no chart “${chart.slice(0, 60)}”.` : 'No chart named: add chart=<id>.'} Charts with an image: ${CHART_IDS.join(', ')}. (The Risk and Compare views’ charts come from a simulation in your browser and have no image.)`,
    );
  }
  const format = (url.searchParams.get(CHART_QUERY_KEYS.format) ?? 'png').toLowerCase();
  if (format !== 'png' && format !== 'svg') return plain(400, `Unknown format “${format.slice(0, 20)}”: use format=png or format=svg.`);

  // The link printed on the image is built from the request's origin (validated: lib/link/origin.ts).
  const origin = requestOrigin(request.headers);
  const query = imageLinkQuery(scenarioQueryOf(url.searchParams));
  return images.respond({
    request,
    key: imageKey({ route: 'chart', chart, format, origin, query }),
    headers: {
      'Cache-Control': CACHE_CONTROL,
      Vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto',
      // No filename: a card's Export names the file for its chart and scenario (the download attribute), and
      // a Content-Disposition filename would override it.
      'Content-Disposition': 'inline',
      'Content-Type': format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png',
    },
    draw: async () => {
      const image = chartImage(chart, query, origin, measureText);
      return format === 'svg' ? encoder.encode(image.svg) : svgToPngOffThread(image.svg, CHART_IMAGE_SIZE.scale);
    },
  });
}
