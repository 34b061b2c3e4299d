'use client';
/**
 * The Risk view (issue 10): how sure the answer is. Monte Carlo bands, the odds each hyperscaler hosts the
 * most, Azure's gap to its nearest rival, what moves a chosen figure (one at a time, and across all draws),
 * and what it would take to change the answer. The work runs in a Web Worker (lib/state/use-simulation.ts);
 * this file holds the runs and the answer, and ./risk/ one file per card draws what the view models give it.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { workerQueryClient } from '@/lib/state/query-client';
import { memo, useContext, useDeferredValue, useMemo } from 'react';
import { Presenting } from '@/components/charts/chart-space';
import {
  holderLabel,
  THESIS_MEASURE_LABELS,
  type ThesisMeasure,
  leaderOn,
  type ScenarioResult,
  type WinnerAnalysis,
  type CloudId,
  type Scenario,
  type SimulationSettings,
} from '@/lib/engine';
import type { Results } from '@/lib/state/use-results';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { useImportance, useSimulation, useSwitching } from '@/lib/state/use-simulation';
// The dashboard draws the preview ahead through this chunk (on intent, or idle after load).
export { warmSimulation } from '@/lib/state/simulation-warmup';
import { importanceRows, likelyLeaderOn, oddsInput, thesisHeadline, UNCERTAIN_MEASURE_OF, riskHinges, switchingRows } from '@/lib/view-models';
import { Card, CardHeading } from '@/components/ui/card';
import { DriversCard } from './risk/drivers-card';
import { FanCard } from './risk/fan-card';
import { GapCard } from './risk/gap-card';
import { OddsCard } from './risk/odds-card';
import { RunStatus } from './risk/run-status';
import { SettingsForm } from './risk/settings-form';
import { SwitchingCard } from './risk/switching-card';
import { ThesisOddsCard } from './risk/thesis-odds-card';

export function RiskView({ results, state }: { results: Results; state: ScenarioState }) {
  // The whole view follows the scenario at low priority (interruptible), so a drag's urgent renders are
  // the dashboard's own; this view catches up between them. Its answer's result too: passed through
  // urgent, it changed the memoised body's props on every step and the whole view re-rendered inside the
  // slider's event (two long tasks of ~70 ms a drag, npm run bench:ui, "other views").
  const scenario = useDeferredValue(state.scenario);
  const answer = useDeferredValue(results);
  const measure = answer.winners.measure;
  const leaderNow = leaderOn(answer.result, measure);
  return (
    <QueryClientProvider client={workerQueryClient}>
      <RiskViewBody
        answerResult={answer.result}
        winners={answer.winners}
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

const RiskViewBody = memo(function RiskViewBody({
  answerResult,
  winners,
  measure,
  scenario,
  settings,
  leaderNow,
  setParameter,
  setSimulation,
  focus,
  setFocus,
}: BodyProps) {
  const presenting = useContext(Presenting);
  const sim = useSimulation(scenario, settings);
  const settled = !sim.moving;
  // Switching values on the headline's measure (issue 18): who leads on it, who is least exposed on it.
  const switching = useSwitching(scenario, settled, measure);
  // The charts redraw at low priority, interruptibly: a preview arriving mid-drag never blocks the slider.
  const result = useDeferredValue(sim.result);
  const fanScenario = sim.status === 'stale' ? null : answerResult;
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
    () => (switching.data ? switchingRows(scenario, switching.data.value.leader, 'leader', 8, measure) : null),
    [switching.data, scenario, measure],
  );
  // The headline's own sentence (one builder) with this run's odds; under it, what the lead hinges on.
  const sentence = useMemo(
    () => (result ? thesisHeadline(answerResult, winners, oddsInput(result, settings)).sentence : null),
    [result, answerResult, winners, settings],
  );
  const hinges = useMemo(() => {
    if (!likely) return null;
    const driverRows = drivers.data ? importanceRows(drivers.data.value, 3) : undefined;
    // The flip is stated for the scenario's own leader; say it only when the draws agree on who that is.
    const flip = leaderFlips && leaderFlips.from === likely.leader ? leaderFlips.flips[0] : undefined;
    // On a slide the room is the chart's: the line keeps to its two lines there, without what it is ranked by.
    return riskHinges(driverRows, flip, presenting ? undefined : { leader: likely.leader, runnerUp: likely.runnerUp, measure });
  }, [likely, drivers.data, leaderFlips, measure, presenting]);

  return (
    <div className="space-y-4" data-risk-status={sim.status}>
      <Card aria-labelledby="risk-answer">
        <CardHeading id="risk-answer">How sure is the answer?</CardHeading>
        {/* Room reserved for the sentence and the line under it, so the full run replacing the preview moves nothing below. */}
        <p className="mt-1 min-h-[7lh] text-base leading-snug sm:min-h-[3lh] sm:text-lg" data-risk-sentence aria-live="polite">
          {sentence ?? (sim.error ? 'The simulation could not run in this browser.' : 'Drawing scenarios…')}
        </p>
        {/* Room for the line once it has said what it is ranked by: five lines on a phone, three from a tablet;
          on a slide, where it says less, two (a third pushed a 1280×720 slide's chart under the controls). */}
        <p className={`text-sm text-muted-foreground ${presenting ? 'min-h-[2lh]' : 'min-h-[5lh] sm:min-h-[3lh]'}`} data-risk-hinges>
          {hinges ?? (result ? 'Finding what the lead hinges on…' : '')}
        </p>
        <RunStatus status={sim.status} result={result} ms={sim.ms} settings={settings} error={sim.error} progress={sim.progress} moving={sim.moving} />
        {result && likely && likely.leader !== leaderNow && (
          <p className="mt-2 text-sm">
            With every assumption at its value, {holderLabel(leaderNow, measure)} leads on {THESIS_MEASURE_LABELS[measure]}; across the draws{' '}
            {holderLabel(likely.leader, measure)} does more often: the scenario sits near a tipping point.
          </p>
        )}
        <SettingsForm settings={settings} onChange={setSimulation} />
      </Card>

      {result && (
        <div className={sim.status === 'stale' ? 'opacity-60 transition-opacity' : 'transition-opacity'} aria-busy={sim.status !== 'full'}>
          {/* The fans' dashed line is the scenario their draws are around: none while they are an earlier
              scenario's (so a drag does not redraw eight panels a step: a 72 ms task in npm run bench:ui). */}
          <div className="space-y-4">
            <ThesisOddsCard result={result} measure={measure} />
            <OddsCard result={result} />
            <FanCard result={result} scenario={fanScenario} assumptions={scenario} measure="hostedComputeUsdBn" />
            <FanCard result={result} scenario={fanScenario} assumptions={scenario} measure="companyGrossProfitUsdBn" />
            <GapCard result={result} />
          </div>
        </div>
      )}
      <DriversCard scenario={scenario} settings={settings} settled={settled} simulationReady={sim.status === 'full'} focus={focus} setFocus={setFocus} />
      <SwitchingCard scenario={scenario} setParameter={setParameter} data={switching.data?.value} loading={switching.isFetching} measure={measure} />
    </div>
  );
});
