/**
 * GET /api/chart?chart=<id>&format=png|svg&<a scenario's link query>: one chart of the registry as a
 * standalone image, drawn on the server so that the same link is the same image for everyone (an image
 * link in an email or a slide stays the same picture). PNG at 2× (2400×1350) for slides, SVG with real text.
 * Bad input is answered in words: an unknown chart or format is a 404/400 naming the valid ones; a value
 * the link could not use is drawn around and named on the image.
 */
import { measureText } from '@/lib/images/fonts';
import { chartImage } from '@/lib/images/chart-image';
import { svgToPng } from '@/lib/images/rasterise';
import { requestOrigin } from '@/lib/link/origin';
import { CHART_IDS, CHART_IMAGE_SIZE, CHART_QUERY_KEYS, isChartId, scenarioQueryOf } from '@/lib/view-models';

/** A day fresh, then served stale while redrawn: an image changes only with the model (a new deploy). */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export function GET(request: Request): Response {
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

  const image = chartImage(chart, scenarioQueryOf(url.searchParams), requestOrigin(request.headers), measureText);
  const headers = {
    'Cache-Control': CACHE_CONTROL,
    // The link printed on the image is built from the host the request names.
    Vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto',
    'Content-Disposition': `inline; filename="${chart}.${format}"`,
  };
  if (format === 'svg') {
    return new Response(image.svg, { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  }
  const png = svgToPng(image.svg, CHART_IMAGE_SIZE.scale);
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Type': 'image/png' } });
}
