/**
 * /embed?chart=<id|headline>&<a scenario's link query>: one chart of the registry (or the headline cards)
 * for a scenario, to be shown in an iframe on another site (the only page that may be: lib/security). Server
 * rendered with the dashboard's own chart components, light theme unless theme=dark, minimal chrome: title,
 * chart, figures in a disclosure (no script needed), the source and a link to the live scenario. An inline
 * script (allowed by its hash in the page's CSP, lib/http/page-cache.mjs)
 * tells the parent page its height, on load and whenever it changes.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { DataTable } from '@/components/charts/data-table';
import { ChartDrawingView } from '@/components/charts/chart-drawing';
import { BaselineLegend, Legend } from '@/components/charts/legend';
import { HeadlineStrip } from '@/components/dashboard/headline-strip';
import { DEFAULT_SIMULATION_SETTINGS, defaultScenario, differingIds, evaluate } from '@/lib/engine';
import { chartInputFor, chartSource, problemsLine, scenarioLink } from '@/lib/images/chart-image';
import { describeScenario, previewOdds, toQueryString } from '@/lib/link/summary';
import { requestOrigin } from '@/lib/link/origin';
import { baseScenarioFor, type ViewId } from '@/lib/scenario';
import { CHARTS, CHART_QUERY_KEYS, HEADLINE_EMBED, isChartId, scenarioName, scenarioQueryOf, type EmbedId } from '@/lib/view-models';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const APP_NAME = 'AI Infrastructure Economics Explorer';

/** The message the parent page receives: `{ type: HEIGHT_MESSAGE, height }` (CSS px). */
const HEIGHT_MESSAGE = 'ai-infra-explorer:height';

/** Posts the embed's height to the parent on load and on every change of size (ResizeObserver). */
const HEIGHT_SCRIPT = `(function(){
  var el = document.getElementById('embed');
  if (!el || window.parent === window) return;
  var last = -1;
  function post(force) {
    var h = Math.ceil(el.getBoundingClientRect().height);
    if (h === last && !force) return;
    last = h;
    window.parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: h }, '*');
  }
  post(true);
  window.addEventListener('load', function () { post(true); });
  if ('ResizeObserver' in window) new ResizeObserver(function () { post(false); }).observe(el);
})();`;

async function readParams(searchParams: SearchParams) {
  const params = new URLSearchParams(toQueryString(await searchParams));
  const chart = params.get(CHART_QUERY_KEYS.chart) ?? '';
  return { chart, dark: params.get(CHART_QUERY_KEYS.theme) === 'dark', query: scenarioQueryOf(params) };
}

const isEmbedId = (chart: string): chart is EmbedId => chart === HEADLINE_EMBED || isChartId(chart);

/** The scenario, its link and its results, once per request (the metadata and the page both need them). */
const loadScenario = cache((query: string, view: ViewId | null, origin: string) => {
  const { link, decoded } = scenarioLink(origin, query, view);
  return { link, decoded, input: chartInputFor(decoded) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { chart, query } = await readParams(searchParams);
  const origin = requestOrigin(await headers());
  if (!isEmbedId(chart)) notFound();
  const name = chart === HEADLINE_EMBED ? 'The answer' : CHARTS[chart].title(loadScenario(query, CHARTS[chart].view, origin).input);
  // Embeds repeat the dashboard's content: kept out of search results.
  return { title: `${name} — ${APP_NAME}`, robots: { index: false } };
}

function Shell({ dark, children }: { dark: boolean; children: ReactNode }) {
  return (
    <>
      <main id="embed" className={`${dark ? 'dark ' : ''}bg-background p-4 text-foreground sm:p-5`}>
        {children}
      </main>
      <script dangerouslySetInnerHTML={{ __html: HEIGHT_SCRIPT }} />
    </>
  );
}

function SourceLine({ source, link, problems }: { source: string; link: string; problems: string | null }) {
  return (
    <footer className="mt-3 space-y-1 border-t pt-2 text-xs text-muted-foreground">
      {problems && <p className="font-medium text-negative">{problems}</p>}
      <p>
        {source}{' '}
        <a href={link} target="_blank" rel="noopener" className="font-semibold text-foreground underline underline-offset-2">
          Open the live scenario<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </footer>
  );
}

export default async function Embed({ searchParams }: { searchParams: SearchParams }) {
  const { chart, dark, query } = await readParams(searchParams);
  const origin = requestOrigin(await headers());

  // An unknown chart is a 404 (./not-found.tsx says so in words and names the charts).
  if (!isEmbedId(chart)) notFound();

  const view = chart === HEADLINE_EMBED ? null : CHARTS[chart].view;
  const { link, decoded, input } = loadScenario(query, view, origin);
  const label = describeScenario(decoded).label;
  const source = chartSource(label, origin);
  const problems = problemsLine(decoded.problems.map((p) => p.message));

  if (chart === HEADLINE_EMBED) {
    const pinned = decoded.baseline;
    const baseline = input.compare ?? evaluate(defaultScenario());
    const against = pinned ? `the baseline (${scenarioName(pinned.scenario, pinned.presetId, baseScenarioFor(pinned.presetId))})` : 'Public data';
    const same = differingIds(pinned?.scenario ?? defaultScenario(), decoded.scenario).length === 0;
    return (
      <Shell dark={dark}>
        <h1 className="mb-2 text-base font-semibold text-muted-foreground">
          {APP_NAME}: {label}
        </h1>
        <HeadlineStrip
          result={input.result}
          baseline={baseline}
          winners={input.winners}
          staticOdds={previewOdds(decoded.scenario, { ...DEFAULT_SIMULATION_SETTINGS, ...decoded.simulation }).result}
          isBaseline={same}
          against={against}
          linkTarget="_blank"
          methodologyQuery={query ? `?${query}` : ''}
        />
        <SourceLine source={source} link={link} problems={problems} />
      </Shell>
    );
  }

  const def = CHARTS[chart];
  const model = def.build(input);
  const title = def.title(input);
  const empty = def.empty?.(model) ?? null;
  const height = def.height(model);
  return (
    <Shell dark={dark}>
      <h1 className="text-lg font-semibold leading-tight">{title}</h1>
      <p className="mt-0.5 text-sm text-muted-foreground">{def.subtitle(input)}</p>
      {empty ? (
        <p className="mt-3 rounded-md border p-4 text-base">{empty}</p>
      ) : (
        <>
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
            <Legend series={model.series} />
            <BaselineLegend model={model} />
          </div>
          <p className="mt-2 text-sm font-medium text-muted-foreground">{model.yLabel}</p>
          <div role="img" aria-label={`${title}: chart. The figures are under “Figures” below it.`} className="mt-1" style={{ height }}>
            <ChartDrawingView drawing={def.drawing} model={model} height={height} />
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium">Figures</summary>
            <DataTable model={model} caption={title} />
          </details>
        </>
      )}
      <SourceLine source={source} link={link} problems={problems} />
    </Shell>
  );
}
