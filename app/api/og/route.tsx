/**
 * The link preview image for one scenario: 1200×630 PNG with its name, each hyperscaler's 2025-2031 figure on
 * the link's headline measure (as the dashboard's cards lead with it) with its share and one more figure, and
 * the headline sentence, so a link pasted in a chat shows the scenario itself.
 */
import { readFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';
import { MODEL_VERSION } from '@/lib/engine';
import { FONT_FAMILY, FONT_FILES } from '@/lib/images/fonts';
import { createImageCache, imageKey } from '@/lib/images/image-cache';
import { summariseLink } from '@/lib/link/summary';
import { imageLinkQuery } from '@/lib/scenario';
import { CLOUD_COLORS, LIGHT_THEME } from '@/lib/palette';

/** A week fresh, a month stale while redrawn: the image is a pure function of the canonical link, model and build. */
const CACHE_CONTROL = 'public, max-age=604800, stale-while-revalidate=2592000';

/**
 * Previews by canonical link (about 50 KB each). ImageResponse draws on the event loop (satori and resvg in
 * WebAssembly, tens of ms): at most 2 at once, 16 waiting, beyond that 503 + Retry-After.
 */
const images = createImageCache({ maxEntries: 1000, maxBytes: 48 * 1024 * 1024, concurrency: 2, maxQueue: 16 });

export async function GET(request: Request) {
  // Unknown and tracking keys dropped, the rest in canonical form: one image per scenario (lib/scenario/canonical.ts).
  const query = imageLinkQuery(new URL(request.url).search);
  return images.respond({
    request,
    key: imageKey({ route: 'og', format: 'png', origin: '', query }),
    headers: { 'Content-Type': 'image/png', 'Cache-Control': CACHE_CONTROL },
    draw: async () => new Uint8Array(await preview(query).arrayBuffer()),
  });
}

/**
 * The chart images' bundled Noto Sans, regular and bold (lib/images/fonts). next/og's default font drew
 * doubled gaps between some words and no true bold; with these the preview matches the chart images.
 */
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function previewFonts() {
  fonts ??= [
    { name: FONT_FAMILY, data: readFileSync(FONT_FILES.regular), weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: readFileSync(FONT_FILES.bold), weight: 700, style: 'normal' },
  ];
  return fonts;
}

function preview(query: string): ImageResponse {
  const summary = summariseLink(query);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: LIGHT_THEME.background,
        color: LIGHT_THEME.foreground,
        padding: '56px 64px',
        fontSize: 28,
        fontFamily: FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', fontSize: 26, color: LIGHT_THEME.mutedForeground }}>
        AI Infrastructure Economics Explorer · 2025-2031 · model v{MODEL_VERSION}
      </div>
      <div style={{ display: 'flex', fontSize: 50, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }}>{summary.title}</div>
      <div style={{ display: 'flex', marginTop: 18, fontSize: 24, color: LIGHT_THEME.mutedForeground }}>{summary.figuresLabel}</div>
      <div style={{ display: 'flex', marginTop: 10, gap: 28 }}>
        {summary.clouds.map((c) => (
          <div key={c.cloud} style={{ display: 'flex', flexDirection: 'column', flex: 1, borderLeft: `12px solid ${CLOUD_COLORS[c.cloud]}`, paddingLeft: 22 }}>
            <div style={{ display: 'flex', fontSize: 30, fontWeight: 700 }}>{c.label}</div>
            <div style={{ display: 'flex', fontSize: 60, fontWeight: 700 }}>{c.figure}</div>
            <div style={{ display: 'flex', fontSize: 22, color: LIGHT_THEME.mutedForeground }}>{c.aside}</div>
            <div style={{ display: 'flex', fontSize: 22, color: LIGHT_THEME.mutedForeground }}>{c.also}</div>
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', paddingTop: 16, fontSize: 27, lineHeight: 1.3 }}>{summary.sentence}</div>
    </div>,
    { width: 1200, height: 630, fonts: previewFonts() },
  );
}
