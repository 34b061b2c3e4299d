'use client';
/**
 * The Risk view (issue 10): how sure the answer is. Monte Carlo bands, the odds each hyperscaler hosts the
 * most, Azure's gap to its nearest rival, what moves a chosen figure (one at a time, and across all draws),
 * and what it would take to change the answer. The work runs in a Web Worker (lib/state/use-simulation.ts);
 * this file draws what the view models give it.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { workerQueryClient } from '@/lib/state/query-client';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import {
  CLOUD_LABELS,
  HYPERSCALERS,
  THESIS_MEASURE_LABELS,
  type HyperscalerId,
  type ThesisMeasure,
  DEFAULT_SIMULATION_SETTINGS,
  SIMULATION_SETTINGS,
  leaderOn,
  parametersById,
  type ScenarioResult,
  type WinnerAnalysis,
  type CloudId,
  type Scenario,
  type SimulationResult,
  type SimulationSettingSpec,
  type SimulationSettings,
} from '@/lib/engine';
import { formatSetting } from '@/lib/scenario';
import { CLOUD_COLORS, CLOUD_INK_VARS } from '@/lib/palette';
import type { Results } from '@/lib/state/use-results';
import type { SwitchingResult } from '@/lib/workers/protocol';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { useImportance, useSensitivity, useSimulation, useSwitching } from '@/lib/state/use-simulation';
// The dashboard draws the preview ahead through this chunk (on intent, or idle after load).
export { warmSimulation } from '@/lib/state/simulation-warmup';
import { useUiStore } from '@/lib/state/ui-store';
import {
  FAN_MEASURES,
  fanChart,
  fanExtent,
  formatDistance,
  formatProbability,
  formatSamplingError,
  importanceTotal,
  samplingInterval,
  gapChart,
  importanceRows,
  formatOdds,
  likelyLeaderOn,
  measureTitle,
  thesisHeadline,
  UNCERTAIN_MEASURE_OF,
  oddsRows,
  riskHinges,
  switchingRows,
  tornadoCounts,
  tornadoRows,
  type FanMeasure,
  type OddsRow,
  type SwitchingView,
} from '@/lib/view-models';
import { formatCorrelation, formatPct, formatUsdBn } from '@/lib/format';
import { ChartCard } from '@/components/charts/chart-card';
import { CategoryBarChart } from '@/components/charts/category-bar-chart';
import { DataTable } from '@/components/charts/data-table';
import { ImportanceBars, TornadoBars } from '@/components/charts/ranked-bars';
import { TableToggle, useShowTable } from '@/components/charts/table-toggle';
import { FocusPicker, SELECT } from './focus-picker';
import { TimeChart } from '@/components/charts/time-chart';
import { SeriesSwatch } from '@/components/charts/legend';
import { ScrollTable } from '@/components/ui/scroll-region';


/** Choices offered for each setting (any value within bounds still works from a link). */
const SETTING_CHOICES: Readonly<Record<Exclude<SimulationSettingSpec['id'], 'seed'>, readonly number[]>> = {
  samples: [1000, 2000, 5000, 10_000, 20_000],
  spread: [0, 0.5, 1, 1.5, 2],
  concentration: [10, 20, 40, 100, 400],
};

function useReveal(): (id: string) => void {
  const revealParameter = useUiStore((s) => s.revealParameter);
  return (id: string) => {
    const spec = parametersById.get(id);
    if (spec) revealParameter(id, spec.group, spec.advanced ?? false);
  };
}


export function RiskView({ results, state }: { results: Results; state: ScenarioState }) {
  // The whole view follows the scenario at low priority (interruptible), so a drag's urgent renders are
  // the dashboard's own; this view catches up between them.
  const scenario = useDeferredValue(state.scenario);
  const measure = results.winners.measure;
  const leaderNow = leaderOn(results.result, measure);
  return (
    <QueryClientProvider client={workerQueryClient}>
      <RiskViewBody
        answerResult={results.result}
        winners={results.winners}
        measure={measure}
        scenario={scenario}
        settings={state.simulation}
        leaderNow={leaderNow}
        setParameter={state.setParameter}
        setSimulation={state.setSimulation}
        focus={state.focus}
        setFocus={state.setFocus}
      />
    </QueryClientProvider>
  );
}

interface BodyProps {
  /** The scenario's own result and winner analysis (on the measure): the headline's sentence is built from them. */
  answerResult: ScenarioResult;
  winners: WinnerAnalysis;
  measure: ThesisMeasure;
  scenario: Scenario;
  settings: SimulationSettings;
  leaderNow: CloudId;
  setParameter: ScenarioState['setParameter'];
  setSimulation: ScenarioState['setSimulation'];
  focus: ScenarioState['focus'];
  setFocus: ScenarioState['setFocus'];
}

const RiskViewBody = memo(function RiskViewBody({ answerResult, winners, measure, scenario, settings, leaderNow, setParameter, setSimulation, focus, setFocus }: BodyProps) {
  const sim = useSimulation(scenario, settings);
  const settled = !sim.moving;
  // Switching values on the headline's measure (issue 18): who leads on it, who is least exposed on it.
  const switching = useSwitching(scenario, settled, measure);
  // The charts redraw at low priority, interruptibly: a preview arriving mid-drag never blocks the slider.
  const result = useDeferredValue(sim.result);
  const likely = result ? likelyLeaderOn(result, measure) : null;
  // Who leads hinges on the gap between the likely leader and the runner-up on the measure, not on either's level.
  const drivers = useImportance(
    scenario,
    settings,
    likely?.leader ?? 'azure',
    UNCERTAIN_MEASURE_OF[measure],
    likely?.runnerUp ?? 'aws',
    sim.status === 'full' && likely !== null,
  );
  // Switching values are found on the headline's measure (useSwitching above).
  const leaderFlips = useMemo(
    () => (switching.data ? switchingRows(scenario, switching.data.value.leader, 'leader', 8, THESIS_MEASURE_LABELS[measure]) : null),
    [switching.data, scenario, measure],
  );
  // The headline's own sentence (one builder) with this run's odds; under it, what the lead hinges on.
  const sentence = useMemo(
    () => (result ? thesisHeadline(answerResult, winners, { odds: result.odds, samples: result.samples }).sentence : null),
    [result, answerResult, winners],
  );
  const hinges = useMemo(() => {
    if (!likely) return null;
    const driverRows = drivers.data ? importanceRows(drivers.data.value, 3) : undefined;
    // The flip is stated for the scenario's own leader; say it only when the draws agree on who that is.
    const flip = leaderFlips && leaderFlips.from === likely.leader ? leaderFlips.flips[0] : undefined;
    return riskHinges(driverRows, flip);
  }, [likely, drivers.data, leaderFlips]);

  return (
    <div className="space-y-4" data-risk-status={sim.status}>
      <section aria-labelledby="risk-answer" className="rounded-lg border bg-card p-4">
        <h3 id="risk-answer" className="text-lg font-semibold">
          How sure is the answer?
        </h3>
        {/* Room reserved for the sentence and the line under it, so the full run replacing the preview moves nothing below. */}
        <p className="mt-1 min-h-[7lh] text-base leading-snug sm:min-h-[3lh] sm:text-lg" data-risk-sentence aria-live="polite">
          {sentence ?? (sim.error ? 'The simulation could not run in this browser.' : 'Drawing scenarios…')}
        </p>
        <p className="min-h-[3lh] text-sm text-muted-foreground sm:min-h-[2lh]" data-risk-hinges>
          {hinges ?? (result ? 'Finding what the lead hinges on…' : '')}
        </p>
        <RunStatus status={sim.status} result={result} ms={sim.ms} settings={settings} error={sim.error} progress={sim.progress} moving={sim.moving} />
        {result && likely && likely.leader !== leaderNow && (
          <p className="mt-2 text-sm">
            With every assumption at its value, {CLOUD_LABELS[leaderNow]} leads on {THESIS_MEASURE_LABELS[measure]}; across the draws{' '}
            {CLOUD_LABELS[likely.leader]} does more often: the scenario sits near a tipping point.
          </p>
        )}
        <SettingsForm settings={settings} onChange={setSimulation} />
      </section>

      {result && (
        <div className={sim.status === 'stale' ? 'opacity-60 transition-opacity' : 'transition-opacity'} aria-busy={sim.status !== 'full'}>
          <div className="space-y-4">
            <ThesisOddsCard result={result} measure={measure} />
            <OddsCard result={result} />
            <FanCard result={result} measure="hostedComputeUsdBn" />
            <FanCard result={result} measure="companyGrossProfitUsdBn" />
            <GapCard result={result} />
          </div>
        </div>
      )}
      <DriversCard scenario={scenario} settings={settings} settled={settled} simulationReady={sim.status === 'full'} focus={focus} setFocus={setFocus} />
      <SwitchingCard scenario={scenario} setParameter={setParameter} data={switching.data?.value} loading={switching.isFetching} measure={measure} />
    </div>
  );
});

function RunStatus({
  status,
  result,
  ms,
  settings,
  error,
  progress,
  moving,
}: {
  status: 'full' | 'preview' | 'stale' | 'none';
  result: SimulationResult | undefined;
  ms: number | undefined;
  settings: SimulationSettings;
  error: Error | null;
  progress: number;
  moving: boolean;
}) {
  const draws = settings.samples.toLocaleString('en-US');
  let text: string;
  if (error) text = `Error: ${error.message}`;
  else if (status === 'full' && result)
    text = `${result.samples.toLocaleString('en-US')} draws, seed ${result.seed}, ranges ×${result.spread}, share concentration ${result.concentration}${
      ms !== undefined ? ` · drawn in ${(ms / 1000).toFixed(1)} s in a background worker` : ''
    }.`;
  else if (status === 'preview' && moving) text = `Preview of ${result?.samples ?? 500} draws while you adjust; the full ${draws} follow when you stop.`;
  else if (status === 'preview') text = `Preview: the first ${(result?.samples ?? 500).toLocaleString('en-US')} draws; the full ${draws} are drawing.`;
  else text = `Drawing ${draws} scenarios in a background worker…`;
  // One line whatever the state (min-h-6 holds the bar's row), so nothing below moves when the full run lands;
  // once the run is done the bar leaves the layout, so a longer sentence cannot wrap it onto a second line.
  const running = status !== 'full' && !error && !moving;
  return (
    <p className="mt-2 flex min-h-6 flex-wrap items-center gap-x-2 text-sm text-muted-foreground" data-run-status={status} data-present-hide>
      <span>{text}</span>
      <progress
        className={running ? 'h-1.5 w-28' : 'hidden'}
        max={1}
        value={running ? progress : 1}
        aria-label={`Full run: ${Math.round((running ? progress : 1) * 100)}% drawn`}
        data-testid="run-progress"
      />
    </p>
  );
}

function SettingsForm({ settings, onChange }: { settings: SimulationSettings; onChange: (s: Partial<SimulationSettings>) => void }) {
  const [seedText, setSeedText] = useState<string | null>(null);
  const [seedNote, setSeedNote] = useState<string | null>(null);
  const seedSpec = SIMULATION_SETTINGS.find((s) => s.id === 'seed') as SimulationSettingSpec;
  const commitSeed = () => {
    if (seedText === null) return;
    const n = Number(seedText);
    const used = Number.isFinite(n) && seedText.trim() !== '' ? Math.min(seedSpec.max, Math.max(seedSpec.min, Math.round(n))) : settings.seed;
    // Say what was used when it is not what was typed.
    setSeedNote(String(used) === seedText.trim() ? null : `Seeds are whole numbers from 1 to 999,999: using ${used}.`);
    onChange({ seed: used });
    setSeedText(null);
  };
  const changed = SIMULATION_SETTINGS.some((s) => settings[s.id] !== DEFAULT_SIMULATION_SETTINGS[s.id]);
  return (
    <details className="mt-3 rounded-md bg-muted/60 px-3 py-1" data-present-hide>
      <summary className="cursor-pointer py-1.5 text-sm font-medium">Simulation settings{changed ? ' (changed)' : ''}</summary>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3 pb-3 pt-1">
        {SIMULATION_SETTINGS.map((spec) =>
          spec.id === 'seed' ? (
            <label key={spec.id} className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{spec.label}</span>
              <span className="flex gap-2">
                <input
                  type="number"
                  inputMode="numeric"
                  min={spec.min}
                  max={spec.max}
                  value={seedText ?? String(settings.seed)}
                  onChange={(e) => setSeedText(e.target.value)}
                  onBlur={commitSeed}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') commitSeed();
                  }}
                  className={`${SELECT} w-28`}
                  aria-describedby={`setting-${spec.id}-help`}
                />
                <button
                  type="button"
                  className="min-h-10 rounded-md px-3 text-sm font-medium ring-1 ring-border hover:bg-muted"
                  onClick={() => onChange({ seed: (settings.seed % spec.max) + 1 })}
                >
                  Next seed
                </button>
              </span>
              <span id={`setting-${spec.id}-help`} className="max-w-64 text-xs text-muted-foreground">
                {spec.description}
              </span>
              {seedNote && (
                <span className="max-w-64 text-xs font-medium" role="status">
                  {seedNote}
                </span>
              )}
            </label>
          ) : (
            <label key={spec.id} className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{spec.label}</span>
              <select
                className={SELECT}
                value={String(settings[spec.id])}
                onChange={(e) => onChange({ [spec.id]: Number(e.target.value) })}
                aria-describedby={`setting-${spec.id}-help`}
              >
                {withCurrent(SETTING_CHOICES[spec.id], settings[spec.id]).map((v) => (
                  <option key={v} value={String(v)}>
                    {formatSetting(spec, v)}
                  </option>
                ))}
              </select>
              <span id={`setting-${spec.id}-help`} className="max-w-64 text-xs text-muted-foreground">
                {spec.description}
              </span>
            </label>
          ),
        )}
      </div>
    </details>
  );
}

/** The offered choices plus the current value when a link set another. */
function withCurrent(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);
}

function OddsBar({ p, se, color }: { p: number; se: number; color: string }) {
  const [lo, hi] = samplingInterval(p, se);
  return (
    <span className="flex items-center gap-3">
      <span className="relative block h-4 w-full min-w-16 max-w-56 rounded-sm bg-muted" aria-hidden>
        <span className="absolute inset-y-0 left-0 rounded-sm" style={{ width: `${p * 100}%`, background: color }} />
        {hi - lo > 0.002 && <span className="absolute top-1/2 h-0.5 -translate-y-1/2 bg-foreground" style={{ left: `${lo * 100}%`, width: `${(hi - lo) * 100}%` }} />}
      </span>
      <span className="figures shrink-0 whitespace-nowrap text-right">
        <span className="text-base font-semibold">{formatProbability(p)}</span>{' '}
        {se > 0 && <span className="text-xs text-muted-foreground">{formatSamplingError(se)}</span>}
      </span>
    </span>
  );
}

function OddsTable({ rows, caption }: { rows: readonly OddsRow[]; caption: string }) {
  return (
    <ScrollTable label={caption} caption={caption}>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              Cloud
            </th>
            <th scope="col" className="px-2 py-1.5 font-semibold">
              Hosts the most over 2025-2031
            </th>
            <th scope="col" className="px-2 py-1.5 font-semibold">
              Hosts the most in 2031
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cloud} className="border-b last:border-0" data-cloud={r.cloud}>
              <th scope="row" className="whitespace-nowrap py-2 pr-3 text-left font-semibold" style={{ color: r.ink }}>
                {r.label}
              </th>
              <td className="px-2 py-2">
                <OddsBar p={r.cumulative} se={r.cumulativeError} color={r.color} />
              </td>
              <td className="px-2 py-2">
                <OddsBar p={r.year2031} se={r.year2031Error} color={r.color} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
  );
}

/** The headline's conclusions with their odds, on its measure (issue 18). */
const ThesisOddsCard = memo(function ThesisOddsCard({ result, measure }: { result: SimulationResult; measure: ThesisMeasure }) {
  const lead = result.odds.leader[measure];
  const least = result.odds.leastExposedBy[measure];
  const row = (_c: HyperscalerId, p: { p: number; se: number }) => `${formatOdds(p.p)} ± ${(p.se * 196).toFixed(1)} pts`;
  return (
    <section aria-labelledby="risk-thesis" className="rounded-lg border bg-card p-4" data-chart="risk-thesis">
      <h3 id="risk-thesis" className="text-lg font-semibold leading-tight">
        The thesis’ odds, on {THESIS_MEASURE_LABELS[measure]}
      </h3>
      <p className="mt-0.5 text-sm text-muted-foreground">
        Share of {result.samples.toLocaleString('en-US')} drawn scenarios in which each hyperscaler leads on the measure over 2025-2031, and in which it
        is the least exposed to which model family wins (each draw is its own winner analysis); ± the 95% sampling interval.
      </p>
      <div className="overflow-x-auto">
        <table className="figures mt-2 w-full text-sm" data-testid="risk-thesis-odds">
          <thead>
            <tr className="text-left text-muted-foreground">
              <th scope="col" className="pr-4 font-medium">Cloud</th>
              <th scope="col" className="pr-4 font-medium">Leads</th>
              <th scope="col" className="font-medium">Least exposed</th>
            </tr>
          </thead>
          <tbody>
            {HYPERSCALERS.map((c) => (
              <tr key={c} data-cloud={c}>
                <th scope="row" className="pr-4 text-left font-medium">{CLOUD_LABELS[c]}</th>
                <td className="pr-4" data-p={lead[c].p}>{row(c, lead[c])}</td>
                <td data-p={least[c].p}>{row(c, least[c])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

const OddsCard = memo(function OddsCard({ result }: { result: SimulationResult }) {
  const hyper = oddsRows(result, 'hyperscalers');
  const all = oddsRows(result, 'all');
  return (
    <section aria-labelledby="risk-odds" className="rounded-lg border bg-card p-4" data-chart="risk-odds">
      <h3 id="risk-odds" className="text-lg font-semibold leading-tight">
        The odds each hyperscaler hosts the most AI compute
      </h3>
      <p className="mt-0.5 text-sm text-muted-foreground">
        Share of {result.samples.toLocaleString('en-US')} drawn scenarios; the black whisker and the ± are the 95% sampling interval from the number of
        draws, not the uncertainty of the model itself.
      </p>
      <div className="mt-2">
        <OddsTable rows={hyper} caption="Odds of hosting the most AI compute, three hyperscalers" />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Counting Other providers (Oracle, CoreWeave, Meta’s own and the rest) as one</summary>
        <div className="mt-2">
          <OddsTable rows={all} caption="Odds of hosting the most AI compute, four clouds" />
        </div>
      </details>
    </section>
  );
});

const FanCard = memo(function FanCard({ result, measure }: { result: SimulationResult; measure: FanMeasure }) {
  const chartId = `risk-fan-${measure}`;
  const { title, clouds } = FAN_MEASURES[measure];
  const showTable = useShowTable(chartId);
  const extent = useMemo(() => fanExtent(result, measure, clouds), [result, measure, clouds]);
  const models = useMemo(() => clouds.map((c) => ({ cloud: c, model: fanChart(result, c, measure, extent) })), [result, measure, clouds, extent]);
  const headingId = `${chartId}-title`;
  const first = models[0]?.model;
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border bg-card p-4" data-chart={chartId}>
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-lg font-semibold leading-tight">
            {title}
          </h3>
          <p className="mt-0.5 text-sm text-muted-foreground">
            The line is the median draw; the dark band holds the middle half of draws, the light band nine in ten. One scale for every panel.
          </p>
        </div>
        <TableToggle chartId={chartId} title={title} />
      </div>
      {showTable ? (
        <div className="mt-3 space-y-4">
          {models.map(({ cloud, model }) => (
            <div key={cloud}>
              <h4 className="text-base font-semibold" style={{ color: CLOUD_INK_VARS[cloud] }}>
                {CLOUD_LABELS[cloud]}
              </h4>
              <DataTable model={model} caption={`${title}: ${CLOUD_LABELS[cloud]}`} />
            </div>
          ))}
        </div>
      ) : (
        <>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
            <li className="flex items-center gap-1.5">
              <SeriesSwatch color="var(--foreground)" width={18} />
              Median
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-[18px] rounded-sm bg-foreground/35" />
              Middle half of draws (25th-75th percentile)
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-[18px] rounded-sm bg-foreground/15" />
              9 draws in 10 (5th-95th)
            </li>
          </ul>
          {first && (
            <p className="mt-2 text-sm font-medium text-muted-foreground" data-axis-label>
              {first.yLabel}
            </p>
          )}
          <div className={`mt-1 grid gap-x-6 gap-y-3 ${clouds.length === 4 ? 'sm:grid-cols-2' : 'sm:grid-cols-3'}`}>
            {models.map(({ cloud, model }) => (
              <div key={cloud} className="min-w-0">
                <h4 className="text-sm font-semibold" style={{ color: CLOUD_INK_VARS[cloud] }}>
                  {CLOUD_LABELS[cloud]}
                  <span className="figures ml-2 font-normal text-muted-foreground">
                    2031 median {formatUsdBn(model.rows[model.rows.length - 1]?.p50 as number)}
                  </span>
                </h4>
                <div role="img" aria-label={`${title}: ${CLOUD_LABELS[cloud]}. Use “Show table” for the figures.`} style={{ height: 200 }}>
                  <TimeChart model={model} kind="line" height={200} />
                </div>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
});

const GapCard = memo(function GapCard({ result }: { result: SimulationResult }) {
  const model = useMemo(() => gapChart(result), [result]);
  const q = result.azureGap.quantiles;
  return (
    <ChartCard
      chartId="risk-gap"
      title="Azure against its nearest hyperscaler rival, 2025-2031"
      subtitle={`Azure’s AI compute hosted over 2025-2031 minus the larger of AWS’s and Google Cloud’s, across the draws. Azure is ahead in ${formatProbability(
        result.azureGap.probabilityAhead,
      )} of draws; median ${formatUsdBn(q.p50)}, nine in ten between ${formatUsdBn(q.p5)} and ${formatUsdBn(q.p95)}.`}
      model={model}
      height={240}
    >
      {(m) => <CategoryBarChart model={m} stacked />}
    </ChartCard>
  );
});

function DriversCard({
  scenario,
  settings,
  settled,
  simulationReady,
  focus,
  setFocus,
}: {
  scenario: Scenario;
  settings: SimulationSettings;
  settled: boolean;
  simulationReady: boolean;
  focus: ScenarioState['focus'];
  setFocus: ScenarioState['setFocus'];
}) {
  // The cloud and figure are in the link (fc, fm), shared with the Compare view's waterfall.
  const { cloud, measure } = focus;
  const reveal = useReveal();
  const sens = useSensitivity(scenario, settings.spread, cloud, measure, settled);
  const imp = useImportance(scenario, settings, cloud, measure, undefined, simulationReady);
  const rows = useMemo(() => (sens.data ? tornadoRows(scenario, sens.data.value) : []), [sens.data, scenario]);
  const counts = sens.data ? tornadoCounts(sens.data.value) : null;
  const importance = useMemo(() => (imp.data ? importanceRows(imp.data.value) : []), [imp.data]);
  const explained = imp.data ? importanceTotal(imp.data.value) : null;
  const title = measureTitle(cloud, measure);
  const showTable = useShowTable('risk-drivers');
  return (
    <section aria-labelledby="risk-drivers" className="rounded-lg border bg-card p-4" data-chart="risk-drivers">
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h3 id="risk-drivers" className="text-lg font-semibold leading-tight">
            What moves {title}
          </h3>
          <p className="mt-0.5 text-sm text-muted-foreground" data-present-hide>Click a bar to open its control.</p>
        </div>
        <TableToggle chartId="risk-drivers" title={`what moves ${title}`} />
      </div>
      <FocusPicker focus={focus} setFocus={setFocus} />

      <h4 className="mt-4 text-base font-semibold">One at a time: each assumption from the low to the high end of its plausible range</h4>
      {counts && settings.spread > 0 && (
        <p className="text-sm text-muted-foreground">
          The {rows.length} largest of {counts.moving} assumptions that move it ({counts.scanned} with a range were tried; strategies are choices, not
          ranges).
        </p>
      )}
      <div className={`mt-2 ${sens.isPlaceholderData || !settled ? 'opacity-60' : ''}`}>
        {settings.spread === 0 ? (
          <p className="text-sm">With a range width of ×0 every plausible range is a point: choose a wider range in the simulation settings.</p>
        ) : rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{sens.isFetching ? 'Working out each assumption’s swing…' : 'No assumption moves this figure.'}</p>
        ) : showTable ? (
          <TornadoTable rows={rows} caption={`One at a time: ${title}`} />
        ) : (
          <TornadoBars rows={rows} color={CLOUD_COLORS[cloud]} measureLabel={title} onReveal={reveal} />
        )}
      </div>

      <h4 className="mt-5 text-base font-semibold">All together: the share of the spread across the draws each assumption explains</h4>
      <p className="text-sm text-muted-foreground">
        Squared rank correlation between each drawn assumption and the figure over every draw, so assumptions move together as they do in the
        Monte Carlo.
        {explained !== null &&
          explained > 0 &&
          ` Summed over every drawn assumption: ${formatPct(explained)}. Well under 100% means interactions between assumptions matter; a little over it comes from shares that are drawn together (they move as one) and from sampling noise.`}
      </p>
      <div className={`mt-2 ${imp.isPlaceholderData ? 'opacity-60' : ''}`}>
        {settings.spread === 0 ? (
          <p className="text-sm">With a range width of ×0 every draw is the scenario itself: nothing varies, so nothing explains a spread.</p>
        ) : importance.length === 0 ? (
          <p className="text-sm text-muted-foreground">Waiting for the full set of draws…</p>
        ) : showTable ? (
          <ImportanceTable rows={importance} caption={`All together: ${title}`} />
        ) : (
          <ImportanceBars rows={importance} color={CLOUD_COLORS[cloud]} measureLabel={title} onReveal={reveal} />
        )}
      </div>
    </section>
  );
}

function TornadoTable({ rows, caption }: { rows: ReturnType<typeof tornadoRows>; caption: string }) {
  return (
    <>
      <ScrollTable label={caption} caption={caption}>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1.5 pr-3">Assumption</th>
              <th scope="col" className="px-2 text-right">Low end</th>
              <th scope="col" className="px-2 text-right">High end</th>
              <th scope="col" className="px-2 text-right">Figure at low end</th>
              <th scope="col" className="px-2 text-right">At high end</th>
              <th scope="col" className="px-2 text-right">Swing</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b last:border-0">
                <th scope="row" className="sticky left-0 bg-card py-1.5 pr-3 text-left font-medium">
                  {r.label}
                </th>
                <td className="figures px-2 text-right">{r.lowText}</td>
                <td className="figures px-2 text-right">{r.highText}</td>
                <td className="figures px-2 text-right">{formatUsdBn(r.lowValue)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(r.highValue)}</td>
                <td className="figures px-2 text-right">{formatUsdBn(r.swing)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
    </>
  );
}

function ImportanceTable({ rows, caption }: { rows: ReturnType<typeof importanceRows>; caption: string }) {
  return (
    <>
      <ScrollTable label={caption} caption={caption}>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1.5 pr-3">Assumption</th>
              <th scope="col" className="px-2 text-right">Share of the spread</th>
              <th scope="col" className="px-2 text-right">Rank correlation</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b last:border-0">
                <th scope="row" className="sticky left-0 bg-card py-1.5 pr-3 text-left font-medium">
                  {r.label}
                </th>
                <td className="figures px-2 text-right">{formatPct(r.varianceShare, 1)}</td>
                <td className="figures px-2 text-right">{formatCorrelation(r.rankCorrelation)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
    </>
  );
}

function SwitchingCard({
  scenario,
  setParameter,
  data,
  loading,
  measure,
}: {
  scenario: Scenario;
  setParameter: ScenarioState['setParameter'];
  data: SwitchingResult | undefined;
  loading: boolean;
  measure: ThesisMeasure;
}) {
  const reveal = useReveal();
  const leader = useMemo(
    () => (data ? switchingRows(scenario, data.leader, 'leader', 8, THESIS_MEASURE_LABELS[measure]) : null),
    [data, scenario, measure],
  );
  const exposed = useMemo(() => (data ? switchingRows(scenario, data.leastExposed, 'leastExposed', 5) : null), [data, scenario]);
  const set = (row: SwitchingView) => {
    setParameter(row.id, row.value, 'commit');
    reveal(row.id);
  };
  return (
    <section aria-labelledby="risk-switching" className="rounded-lg border bg-card p-4" data-chart="risk-switching">
      <h3 id="risk-switching" className="text-lg font-semibold leading-tight">
        What would it take to change the answer?
      </h3>
      <p className="mt-0.5 text-sm text-muted-foreground">
        Each assumption alone, everything else as it is: the nearest value within its slider’s bounds at which the conclusion flips, nearest first
        (distance in widths of its plausible range). “Set it” applies the value, so you can see the flip and undo it with Back.
      </p>
      {!data ? (
        <p className="mt-3 text-sm text-muted-foreground">{loading ? 'Searching each assumption for a tipping point…' : ''}</p>
      ) : (
        <div className={loading ? 'opacity-60' : ''}>
          {leader && leader.from && (
            <SwitchingTable
              title={`Who leads on ${THESIS_MEASURE_LABELS[measure]}: today ${CLOUD_LABELS[leader.from]}`}
              rows={leader.flips}
              never={leader.never}
              onSet={set}
              onReveal={reveal}
            />
          )}
          {exposed && exposed.from && (
            <SwitchingTable
              title={`Who is least exposed to which model family wins, on ${THESIS_MEASURE_LABELS[measure]}: today ${CLOUD_LABELS[exposed.from]}`}
              rows={exposed.flips}
              never={exposed.never}
              onSet={set}
              onReveal={reveal}
            />
          )}
        </div>
      )}
    </section>
  );
}

function SwitchingTable({
  title,
  rows,
  never,
  onSet,
  onReveal,
}: {
  title: string;
  rows: readonly SwitchingView[];
  never: number;
  onSet: (row: SwitchingView) => void;
  onReveal: (id: string) => void;
}) {
  return (
    <div className="mt-4">
      <h4 className="text-base font-semibold">{title}</h4>
      {rows.length === 0 ? (
        <p className="text-sm">No single assumption flips it within its bounds.</p>
      ) : (
        <>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm sm:text-base" data-switching-sentences>
            {rows.slice(0, 3).map((r) => (
              <li key={r.id}>{r.sentence}</li>
            ))}
          </ol>
          <ScrollTable label={title} caption={title} className="mt-2">
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="py-1.5 pr-3">Assumption</th>
                  <th scope="col" className="px-2 text-right">Today</th>
                  <th scope="col" className="px-2 text-right">Flips at</th>
                  <th scope="col" className="px-2">Then</th>
                  <th scope="col" className="px-2 text-right">How far</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b last:border-0" data-switch={r.id}>
                    <th scope="row" className="sticky left-0 bg-card py-1.5 pr-3 text-left font-medium">
                      <button type="button" className="text-left underline-offset-2 hover:underline" onClick={() => onReveal(r.id)}>
                        {r.label}
                      </button>
                      {/* In the first column, which stays in view while the table scrolls on a phone. */}
                      <button
                        type="button"
                        onClick={() => onSet(r)}
                        className="mt-1 block min-h-9 whitespace-nowrap rounded-md px-2.5 text-sm font-medium ring-1 ring-border hover:bg-muted"
                      >
                        Set it<span className="sr-only">: {r.label} to {r.valueText}</span>
                      </button>
                    </th>
                    <td className="figures px-2 text-right">{r.currentText}</td>
                    <td className="figures px-2 text-right font-semibold">{r.valueText}</td>
                    <td className="whitespace-nowrap px-2" style={{ color: CLOUD_INK_VARS[r.to] }}>
                      {r.toLabel}
                    </td>
                    <td className="figures whitespace-nowrap px-2 text-right">{formatDistance(r.distance, r.place)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
        </>
      )}
      <p className="mt-2 text-xs text-muted-foreground">
        {never} assumptions cannot flip it alone within their bounds (among them the discount rate, which moves no hosted compute).
      </p>
    </div>
  );
}
