'use client';
/**
 * The Compare view (issue 11): the pinned baseline (A; Public data when none is pinned) against the
 * scenario on screen (B), and up to two more columns (C, D; issue 20) in the headline figures: what changes
 * from A to B in words, the headline figures side by side with each one's change against A, a waterfall that splits
 * the difference in a chosen figure among the changed assumptions (exact Shapley values, computed in the
 * worker), and the assumptions that differ. Side by side on a desktop, stacked on a phone.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { memo, useContext, useMemo, useState } from 'react';
import {
  CLOUD_LABELS,
  MEASURE_LABELS,
  presets,
  type Scenario,
  type ScenarioResult,
  type WinnerAnalysis,
  possessive,
} from '@/lib/engine';
import { formatUsdBn } from '@/lib/format';
import { Presenting } from '@/components/charts/chart-space';
import { valueToLeftPct } from '@/lib/charts/geometry';
import { CLOUD_COLORS } from '@/lib/palette';
import { workerQueryClient } from '@/lib/state/query-client';
import { MAX_COMPARE_COLUMNS, columnLetter } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { useAttribution, useCompareOdds } from '@/lib/state/use-simulation';
import {
  attributionSentence,
  compareOddsSentence,
  comparisonFigures,
  comparisonSentences,
  differingAssumptions,
  waterfallSteps,
  type WaterfallStep,
} from '@/lib/view-models';
import { ScrollTable } from '@/components/ui/scroll-region';
import { TableToggle, useShowTable } from '@/components/charts/table-toggle';
import { FocusPicker, SELECT } from './focus-picker';

/** Bars a projected slide shows between A and B; smaller changes are summed into the last (waterfallSteps). */
const PRESENT_MAX_STEPS = 5;

const BUTTON = 'min-h-10 rounded-md px-3 text-sm font-medium ring-1 ring-border hover:bg-muted';

/** An added column (C, D): shown in the headline figures only, so it needs no winner analysis. */
export interface CompareColumn {
  scenario: Scenario;
  result: ScenarioResult;
  name: string;
}

export interface CompareSide extends CompareColumn {
  winners: WinnerAnalysis;
}

interface CompareProps {
  a: CompareSide;
  b: CompareSide;
  /** The added columns, C then D. */
  more: readonly CompareColumn[];
  pinned: boolean;
  state: ScenarioState;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four'];

export function CompareView(props: CompareProps) {
  return (
    <QueryClientProvider client={workerQueryClient}>
      <CompareBody {...props} />
    </QueryClientProvider>
  );
}

const CompareBody = memo(function CompareBody({ a, b, more, pinned, state }: CompareProps) {
  const sentences = useMemo(() => comparisonSentences(a.result, b.result, a.winners, b.winners), [a, b]);
  const columns = useMemo(
    () => [
      { letter: 'A', role: pinned ? 'the pinned baseline' : 'the reference', name: a.name, result: a.result },
      { letter: 'B', role: 'the scenario on screen', name: b.name, result: b.result },
      ...more.map((c, i) => ({ letter: columnLetter(i), role: 'added for comparison', name: c.name, result: c.result })),
    ],
    [a, b, more, pinned],
  );
  const figures = useMemo(() => comparisonFigures(columns.map((c) => c.result)), [columns]);
  const full = columns.length >= MAX_COMPARE_COLUMNS;
  // A slide shows A against B (the waterfall), not the headline table: it names only those two.
  const named = useContext(Presenting) ? columns.slice(0, 2) : columns;
  const differences = useMemo(() => differingAssumptions(a.scenario, b.scenario), [a.scenario, b.scenario]);
  const changedCount = differences.reduce((n, g) => n + g.rows.length, 0);
  return (
    <div className="space-y-4">
      <section aria-labelledby="compare-heading" className="rounded-lg border bg-card p-4">
        <h3 id="compare-heading" className="text-lg font-semibold">
          Compare {COUNT_WORDS[named.length]} scenarios
        </h3>
        <ul className={`mt-2 grid gap-3 sm:grid-cols-2 ${named.length > 2 ? 'xl:grid-cols-4' : ''}`} aria-label="Scenarios compared">
          {named.map((c, i) => (
            <li key={c.letter} className="flex items-start gap-2 rounded-md bg-muted/60 px-3 py-2" data-side={c.letter.toLowerCase()}>
              <p className="min-w-0 flex-1">
                <span className="block text-xs font-semibold uppercase tracking-wide text-muted-foreground">
                  {c.letter}: {c.role}
                </span>
                <span className="text-base font-semibold">{c.name}</span>
              </p>
              {i >= 2 && (
                <button type="button" className={`${BUTTON} shrink-0`} onClick={() => state.removeColumn(i - 2)} data-present-hide>
                  Remove<span className="sr-only"> column {c.letter} ({c.name})</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        <BaselineActions state={state} pinned={pinned} same={changedCount === 0} />
        <AddColumn state={state} full={full} />
        <ul className="mt-3 list-disc space-y-1 pl-5 text-base sm:text-lg" data-compare-sentences aria-live="polite">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="compare-figures" className="rounded-lg border bg-card p-4">
        <h3 id="compare-figures" className="text-lg font-semibold">
          Headline figures, 2025-2031
        </h3>
        <p className="mt-0.5 text-sm text-muted-foreground">Each column’s figure, then its change against A.</p>
        <ScrollTable
          label="Headline figures of the scenarios compared"
          caption={`Headline figures, 2025-2031, of ${columns.map((c) => `${c.letter} (${c.name})`).join(', ')}; each with its change against A`}
          className="mt-2"
        >
            <thead>
              <tr className="border-b text-left align-bottom">
                <th scope="col" className="py-1.5 pr-3">
                  Figure
                </th>
                {columns.map((c) => (
                  <th key={c.letter} scope="col" className="min-w-24 px-2 text-right" data-column={c.letter}>
                    {c.letter}
                    <span className="block max-w-40 text-xs font-normal leading-tight text-muted-foreground">{c.name}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.map((r, i) => (
                <tr key={`${r.cloud}-${r.measure}`} className={`border-b last:border-0 ${i % 4 === 0 ? 'border-t-2' : ''}`} data-figure={`${r.cloud}:${r.measure}`}>
                  <th scope="row" className="sticky left-0 bg-card py-1.5 pr-3 text-left font-medium" style={{ boxShadow: `inset 4px 0 0 ${r.color}`, paddingLeft: 10 }}>
                    {r.label}: {r.measure}
                  </th>
                  {r.cells.map((cell, j) => (
                    <td key={columns[j]?.letter} className="figures whitespace-nowrap px-2 text-right" data-cell={columns[j]?.letter}>
                      <span className={j === 0 ? '' : 'font-semibold'}>{cell.value}</span>
                      {cell.diff !== null && (
                        <span className={`ml-1.5 text-xs font-semibold ${cell.sign > 0 ? 'text-positive' : cell.sign < 0 ? 'text-negative' : 'text-muted-foreground'}`} data-diff>
                          {cell.diff}
                          <span className="sr-only"> against A</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
      </section>

      <CompareOddsCard a={a.scenario} b={b.scenario} state={state} />

      <WaterfallCard a={a} b={b} focus={state.focus} setFocus={state.setFocus} />

      <section aria-labelledby="compare-assumptions" className="rounded-lg border bg-card p-4">
        <h3 id="compare-assumptions" className="text-lg font-semibold">
          {changedCount === 0 ? 'No assumption differs' : `The ${changedCount} ${changedCount === 1 ? 'assumption that differs' : 'assumptions that differ'}`}
        </h3>
        {changedCount === 0 ? (
          <p className="mt-1 text-sm text-muted-foreground">Change an assumption (or choose a preset) to compare it with A.</p>
        ) : (
          <>
            <ScrollTable label="Assumptions that differ between A and B" caption={`Assumptions that differ between A and B`} className="mt-2">
                <thead>
                  <tr className="border-b text-left">
                    <th scope="col" className="py-1.5 pr-3">
                      Assumption
                    </th>
                    <th scope="col" className="px-2 text-right">
                      A
                    </th>
                    <th scope="col" className="px-2 text-right">
                      B
                    </th>
                  </tr>
                </thead>
                {differences.map((g) => (
                  <tbody key={g.group}>
                    <tr>
                      <th scope="rowgroup" colSpan={3} className="pb-1 pt-3 text-left text-xs font-semibold uppercase tracking-wide text-muted-foreground">
                        {g.group}
                      </th>
                    </tr>
                    {g.rows.map((r) => (
                      <tr key={r.id} className="border-b last:border-0" data-differs={r.id}>
                        <th scope="row" className="sticky left-0 bg-card py-1.5 pr-3 text-left font-medium">
                          {r.label}
                        </th>
                        <td className="figures px-2 text-right">{r.a}</td>
                        <td className="figures px-2 text-right font-semibold">{r.b}</td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </ScrollTable>
          </>
        )}
      </section>
    </div>
  );
});

/** Every preset, as options of a select (the baseline's and the added column's). */
function PresetOptions() {
  return presets.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));
}

/** Adds a column (C, D): the scenario on screen as it is now, or a preset. A native select: keyboard-usable as it is. */
function AddColumn({ state, full }: { state: ScenarioState; full: boolean }) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-present-hide>
      <label className="flex min-w-0 items-center gap-2 text-sm">
        <span className="font-medium">Add a column</span>
        <select
          className={SELECT}
          value=""
          disabled={full}
          aria-describedby="compare-add-help"
          onChange={(e) => {
            if (e.target.value) state.addColumn(e.target.value);
          }}
        >
          <option value="">{full ? 'four columns shown' : 'choose a scenario…'}</option>
          <option value="screen">The scenario on screen, as it is now</option>
          <PresetOptions />
        </select>
      </label>
      <span id="compare-add-help" className="text-xs text-muted-foreground">
        {full ? 'Remove a column to add another.' : `Up to ${MAX_COMPARE_COLUMNS} scenarios side by side in the headline figures, each against A.`}
      </span>
    </div>
  );
}

function BaselineActions({ state, pinned, same }: { state: ScenarioState; pinned: boolean; same: boolean }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" data-present-hide>
      {/* Pinning B when it equals A would change nothing. */}
      {!same && (
        <button type="button" className={BUTTON} onClick={state.pinBaseline}>
          {pinned ? 'Pin the scenario on screen instead' : 'Pin the scenario on screen as A'}
        </button>
      )}
      <label className="flex min-w-0 items-center gap-2 text-sm">
        <span className="font-medium">or compare with</span>
        <select
          className={SELECT}
          value=""
          onChange={(e) => {
            if (e.target.value) state.pinPreset(e.target.value);
          }}
        >
          <option value="">a preset…</option>
          <PresetOptions />
        </select>
      </label>
      {pinned && (
        <button type="button" className={BUTTON} onClick={state.unpinBaseline}>
          Unpin the baseline
        </button>
      )}
    </div>
  );
}

const WaterfallCard = memo(function WaterfallCard({
  a,
  b,
  focus,
  setFocus,
}: {
  a: CompareSide;
  b: CompareSide;
  focus: ScenarioState['focus'];
  setFocus: ScenarioState['setFocus'];
}) {
  // The cloud and figure are in the link (fc, fm), shared with the Risk view's tornado.
  const { cloud, measure } = focus;
  const [open, setOpen] = useState<string | null>(null);
  const att = useAttribution(a.scenario, b.scenario, cloud, measure);
  const showTable = useShowTable('compare-waterfall');
  const data = att.data?.value;
  const presenting = useContext(Presenting);
  const steps = useMemo(() => (data ? waterfallSteps(data, presenting ? PRESENT_MAX_STEPS : Infinity) : []), [data, presenting]);
  const measureLabel = MEASURE_LABELS[measure];
  const title = `From A to B: what changes ${possessive(CLOUD_LABELS[cloud])} ${measureLabel}`;
  return (
    <section aria-labelledby="compare-waterfall" className="rounded-lg border bg-card p-4" data-chart="compare-waterfall">
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h3 id="compare-waterfall" className="text-lg font-semibold leading-tight">
            {title}, 2025-2031
          </h3>
          <p className="mt-0.5 text-sm text-muted-foreground" data-present-hide>
            Each bar is one changed assumption (or group), its share of the difference averaged over every order of applying the changes (exact
            Shapley values), so the bars add up to B − A. Click a bar for its assumptions.
          </p>
        </div>
        <TableToggle chartId="compare-waterfall" title={title} />
      </div>
      <FocusPicker focus={focus} setFocus={setFocus} />
      {!data ? (
        <p className="mt-3 text-sm text-muted-foreground">{att.isError ? 'The attribution could not run in this browser.' : 'Working out each change’s share…'}</p>
      ) : (
        <div className={att.isPlaceholderData ? 'opacity-60' : ''}>
          <p className="mt-3 text-base" data-attribution-sentence>
            {attributionSentence(data, cloud, measureLabel)}
          </p>
          <p className="mt-1 text-xs text-muted-foreground" data-attribution-method data-present-hide>
            {data.method}
          </p>
          {steps.length > 0 &&
            (showTable ? (
              <WaterfallTable steps={steps} fromValue={data.fromValue} toValue={data.toValue} />
            ) : (
              <Waterfall steps={steps} fromValue={data.fromValue} toValue={data.toValue} color={CLOUD_COLORS[cloud]} open={open} onToggle={(k) => setOpen(open === k ? null : k)} a={a} b={b} />
            ))}
        </div>
      )}
    </section>
  );
});

function Waterfall({
  steps,
  fromValue,
  toValue,
  color,
  open,
  onToggle,
  a,
  b,
}: {
  steps: readonly WaterfallStep[];
  fromValue: number;
  toValue: number;
  color: string;
  open: string | null;
  onToggle: (key: string) => void;
  a: CompareSide;
  b: CompareSide;
}) {
  const values = [fromValue, toValue, ...steps.flatMap((s) => [s.start, s.end])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const pct = (v: number) => valueToLeftPct(v, [lo, hi]);
  const differences = differingAssumptions(a.scenario, b.scenario).flatMap((g) => g.rows);
  const total = (label: string, value: number, side: 'A' | 'B') => (
    <li className="grid grid-cols-[minmax(0,40%)_minmax(0,1fr)] items-center gap-x-3 px-1 py-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_6rem]">
      <span className="text-sm font-semibold">
        {side}: {label}
      </span>
      <span className="relative block h-6" aria-hidden>
        <span className="absolute top-0.5 h-5 rounded-sm bg-foreground/70" style={{ left: `${pct(Math.min(0, value))}%`, width: `${Math.abs(pct(value) - pct(0))}%` }} />
      </span>
      <span className="figures col-start-2 text-sm font-semibold sm:col-start-auto sm:text-right">{formatUsdBn(value)}</span>
    </li>
  );
  return (
    <ol className="mt-3 space-y-0.5" aria-label="Waterfall from A to B">
      {total(a.name, fromValue, 'A')}
      {steps.map((s) => {
        const left = pct(Math.min(s.start, s.end));
        const width = Math.max(0.4, Math.abs(pct(s.end) - pct(s.start)));
        const isOpen = open === s.key;
        const rows = differences.filter((d) => s.ids.includes(d.id));
        return (
          <li key={s.key}>
            <button
              type="button"
              aria-expanded={isOpen}
              onClick={() => onToggle(s.key)}
              className="group grid w-full grid-cols-[minmax(0,40%)_minmax(0,1fr)] items-center gap-x-3 rounded-md px-1 py-1 text-left hover:bg-muted sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_6rem]"
              data-step={s.key}
            >
              <span className="min-w-0 text-sm font-medium leading-tight group-hover:underline">{s.label}</span>
              <span className="relative block h-6" aria-hidden>
                <span
                  className="absolute top-0.5 h-5 rounded-sm"
                  style={{ left: `${left}%`, width: `${width}%`, background: Math.abs(s.value) < 0.05 ? 'var(--border)' : s.value > 0 ? color : 'var(--measure-soft)' }}
                />
              </span>
              <span className={`figures col-start-2 text-sm font-semibold sm:col-start-auto sm:text-right ${s.value > 0 ? 'text-positive' : s.value < 0 ? 'text-negative' : ''}`}>
                {s.text}
              </span>
            </button>
            {isOpen && (
              <ul className="mb-2 ml-2 border-l-2 pl-3 text-sm" aria-label={`Assumptions in ${s.label}`}>
                {rows.map((r) => (
                  <li key={r.id} className="py-0.5">
                    {r.label}: <span className="figures">{r.a}</span> → <span className="figures font-semibold">{r.b}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
      {total(b.name, toValue, 'B')}
    </ol>
  );
}

function WaterfallTable({ steps, fromValue, toValue }: { steps: readonly WaterfallStep[]; fromValue: number; toValue: number }) {
  return (
    <>
      <ScrollTable label="Waterfall from A to B (table)" caption={`Waterfall from A to B`} className="mt-3">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1.5 pr-3">
                Step
              </th>
              <th scope="col" className="px-2 text-right">
                Contribution
              </th>
              <th scope="col" className="px-2 text-right">
                Running total
              </th>
              <th scope="col" className="px-2 text-right">
                Share of B − A
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b">
              <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
                A
              </th>
              <td />
              <td className="figures px-2 text-right">{formatUsdBn(fromValue)}</td>
              <td />
            </tr>
            {steps.map((s) => (
              <tr key={s.key} className="border-b">
                <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                  {s.label}
                </th>
                <td className="figures px-2 text-right">{s.text}</td>
                <td className="figures px-2 text-right">{formatUsdBn(s.end)}</td>
                <td className="figures px-2 text-right">{s.shareText}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
                B
              </th>
              <td />
              <td className="figures px-2 text-right font-semibold">{formatUsdBn(toValue)}</td>
              <td />
            </tr>
          </tbody>
        </ScrollTable>
    </>
  );
}

/** How likely B beats A on the headline's measure, for the cloud in focus: paired draws in the worker (issue 18). */
function CompareOddsCard({ a, b, state }: { a: Scenario; b: Scenario; state: ScenarioState }) {
  const cloud = state.focus.cloud;
  const odds = useCompareOdds(a, b, state.simulation, cloud, state.measure);
  return (
    <section aria-labelledby="compare-odds" className="rounded-lg border bg-card p-4" data-chart="compare-odds">
      <h3 id="compare-odds" className="text-lg font-semibold">
        How likely B beats A
      </h3>
      <p className="mt-1 min-h-12 text-base" data-testid="compare-odds" data-p={odds.data?.value.p ?? ''} aria-busy={odds.isFetching}>
        {odds.data ? compareOddsSentence(odds.data.value, cloud, state.measure) : 'Drawing paired scenarios (the same draws for A and B)…'}
      </p>
      <p className="text-xs text-muted-foreground">
        Each draw gives A and B the same luck: every uncertain assumption at the same point of its range, the same share draws. The cloud is the
        one in focus below; the measure is the headline’s.
      </p>
    </section>
  );
}
