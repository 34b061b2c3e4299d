import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  ARCHETYPES,
  presets,
  YEARS,
  calibrationTable,
  defaultScenario,
  evaluate,
  winnerAnalysis,
  FAMILIES,
  CLOUD_LABELS,
  holderLabel,
  HYPERSCALERS,
  THESIS_MEASURES,
  THESIS_MEASURE_LABELS,
  leaderOn,
  thesisValue,
  DEFAULT_SIMULATION_SETTINGS,
  getParameter,
  type NumberParameterSpec,
  type HyperscalerId,
  type Scenario,
} from '@/lib/engine';
import { formatPct, formatUsdBn, formatUsdBnFine } from '@/lib/format';
import { commitmentTerms } from '@/lib/engine/parameters';
import {
  cloudByFamilyChart,
  cloudCards,
  cloudYearlyChart,
  commitmentRows,
  commitmentSummary,
  GAP_USD_BN,
  yearsText,
  familyMixChart,
  headlineSentence,
  siliconMarginChart,
  siliconSummaries,
  thesisVerdict,
  winnerChart,
  marginBridgeRows,
  marginBridgeShown,
  BRIDGE_STEP_KEYS,
  hostedToProfitRows,
  calibrationRowsView,
  strategySwitchMatters,
  verticalAccessDrawRange,
  formatCalibrationValue,
  calibrationSummary,
  noSiliconMarginsCoincide,
  workingSteps,
  stepsLabel,
  workingCsv,
  adverbFor,
  thesisHeadline,
  thesisOddsRows,
  thesisOddsPendingRows,
  compareOddsSentence,
  oddsInput,
  oddsSettingsNote,
  type OddsInput,
} from './index';

const base = evaluate(defaultScenario());
const baseWinners = winnerAnalysis(defaultScenario());

/** Odds for the headline's tests: the same odds on every measure, the leader's and the least exposed's. */
function oddsFor(
  lead: Record<HyperscalerId, { p: number; se: number }>,
  least: Record<HyperscalerId, { p: number; se: number }>,
  samples = 10_000,
  preview?: boolean,
): OddsInput {
  return {
    samples,
    ...(preview === undefined ? {} : { preview }),
    odds: {
      measure: 'revenue',
      leader: { revenue: lead, companyGrossProfit: lead, hosted: lead },
      leastExposed: least,
      leastExposedBy: { revenue: least, companyGrossProfit: least, hosted: least },
    },
  };
}

describe('view models', () => {
  it('cloud cards carry cumulative figures and their change against the baseline', () => {
    const s = applyPreset('openai-dominance');
    const r = evaluate(s);
    const cards = cloudCards(r, base, winnerAnalysis(s, { measure: 'hosted' }));
    expect(cards.map((c) => c.cloud)).toEqual(['azure', 'aws', 'gcp']);
    const azure = cards[0]!;
    const figure = (id: string) => azure.figures.find((f) => f.id === id)!;
    expect(azure.lead.value).toBe(r.clouds.azure.cumulative.hostedComputeUsdBn);
    expect(azure.lead.share).toBe(r.clouds.azure.cumulative.hostedShare);
    expect(figure('revenue').value).toBe(r.clouds.azure.cumulative.revenueUsdBn);
    expect(figure('margin').value).toBe(r.clouds.azure.cumulative.cloudGrossMargin);
    expect(figure('profit').value).toBe(r.clouds.azure.cumulative.companyGrossProfitUsdBn);
    expect(figure('profit').hint).toBe('Microsoft: Azure + OpenAI revenue share');
    expect(cards[2]!.figures.find((f) => f.id === 'profit')!.hint).toBe('Google: Cloud + Gemini');
    expect(azure.lead.delta.value).toBeCloseTo(r.clouds.azure.cumulative.hostedComputeUsdBn - base.clouds.azure.cumulative.hostedComputeUsdBn, 9);
    expect(azure.lead.delta.value).toBeGreaterThan(0);
    expect(cloudCards(base, base, baseWinners).every((c) => c.lead.delta.value === 0 && c.figures.every((f) => f.delta.value === 0))).toBe(true);
  });

  it('cards lead with the headline’s measure, so the sentence and the large figures are the same numbers', () => {
    const s = applyPreset('openai-dominance');
    const r = evaluate(s);
    for (const measure of ['revenue', 'companyGrossProfit', 'hosted'] as const) {
      const winners = winnerAnalysis(s, { measure });
      const cards = cloudCards(r, base, winners);
      for (const card of cards) {
        expect(card.lead.measure).toBe(measure);
        expect(card.lead.value).toBe(thesisValue(r, card.cloud, measure));
        // Every card shows all four figures once: the lead and three beneath it.
        expect([card.lead.id, ...card.figures.map((f) => f.id)].sort()).toEqual(['hosted', 'margin', 'profit', 'revenue']);
      }
      // The leader the sentence names carries the largest lead figure, which the sentence quotes.
      const leader = cards.reduce((a, b) => (b.lead.value > a.lead.value ? b : a));
      const headline = thesisHeadline(r, winners);
      expect(headline.leader.cloud).toBe(leader.cloud);
      expect(headline.sentence).toContain(`${holderLabel(leader.cloud, measure)} leads in 2025-2031 (${leader.lead.text}, `);
    }
    // Cloud AI revenue's share is of all clouds' (neoclouds and other providers included).
    const revenue = cloudCards(r, base, winnerAnalysis(s, { measure: 'revenue' }));
    const all = (['azure', 'aws', 'gcp', 'other'] as const).reduce((t, c) => t + r.clouds[c].cumulative.revenueUsdBn, 0);
    expect(revenue[0]!.lead.share).toBeCloseTo(r.clouds.azure.cumulative.revenueUsdBn / all, 12);
    expect(revenue[0]!.lead.hint).toMatch(/^\d+% of all clouds’ AI revenue$/);
    expect(cloudCards(r, base, winnerAnalysis(s, { measure: 'companyGrossProfit' }))[0]!.lead.share).toBeNull();
  });

  it('charts read the same numbers the engine computed', () => {
    const hosted = cloudYearlyChart(base, 'hostedComputeUsdBn');
    expect(hosted.rows).toHaveLength(7);
    expect(hosted.rows[6]!.azure).toBe(base.clouds.azure.hostedComputeUsdBn[6]);
    expect(cloudYearlyChart(base, 'cloudGrossMargin').rows[0]!.gcp).toBe(base.clouds.gcp.cloudGrossMargin[0]);
    const mix = familyMixChart(base);
    expect(FAMILIES.reduce((s, f) => s + (mix.rows[3]![f] as number), 0)).toBeCloseTo(1, 12);
    const byFamily = cloudByFamilyChart(base);
    const azureRow = byFamily.rows[0]!;
    expect(FAMILIES.reduce((s, f) => s + (azureRow[f] as number), 0)).toBeCloseTo(base.clouds.azure.cumulative.capturedSpendUsdBn, 9);
    const winners = winnerChart(baseWinners);
    expect(winners.rows[2]!.google).toBe(baseWinners.outcomes.find((o) => o.winner === 'google')!.revenueUsdBn.gcp);
    // The winners chart speaks of the analysis' measure (the headline's; cloud AI revenue by default).
    expect(winnerChart(winnerAnalysis(defaultScenario(), { measure: 'hosted' })).rows[2]!.google).toBe(
      winnerAnalysis(defaultScenario(), { measure: 'hosted' }).outcomes.find((o) => o.winner === 'google')!.hostedComputeUsdBn.gcp,
    );
    const margin = siliconMarginChart(base);
    expect(margin.series.filter((s) => s.dashed)).toHaveLength(3);
  });

  it('silicon summaries add up: gross = kept as margin + kept on own use + passed on, net = gross - programme', () => {
    for (const s of siliconSummaries(base)) {
      expect(s.keptUsdBn + s.passedOnUsdBn).toBeCloseTo(s.grossSavingsUsdBn, 9);
      expect(s.keptOnBilledUsdBn + s.keptOnOwnUseUsdBn).toBeCloseTo(s.keptUsdBn, 9);
      expect(s.keptOnOwnUseUsdBn).toBeGreaterThan(0);
      expect(s.grossSavingsUsdBn - s.programmeUsdBn).toBeCloseTo(s.netUsdBn, 9);
    }
  });

  it('lists commitments largest first with their window', () => {
    const rows = commitmentRows(base);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.commitmentUsdBn).toBeGreaterThanOrEqual(rows[i]!.commitmentUsdBn);
    // Named by the counterparties where the model's "Other" would hide them (the pair's signed contracts, facts ledger).
    expect(commitmentTerms('openai', 'other').counterparty).toBe('Oracle, CoreWeave, Cerebras');
    expect(rows[0]!.label).toBe('OpenAI → Oracle, CoreWeave, Cerebras');
    expect(rows.find((r) => r.family === 'meta' && r.cloud === 'other')!.label).toBe('Llama (Meta) → CoreWeave, Nebius');
    expect(rows.find((r) => r.cloud === 'azure' && r.family === 'openai')!.label).toBe('OpenAI → Azure');
    expect(rows.find((r) => r.cloud === 'aws' && r.family === 'openai')!.window).toBe('2026-2033 (to 2031 shown)');
    expect(rows.find((r) => r.cloud === 'aws' && r.family === 'anthropic')!.window).toBe('2026-2035 (to 2031 shown)');
    expect(rows.find((r) => r.cloud === 'gcp')!.label).toBe('Anthropic → Google Cloud');
  });

  it('gives each contract its status year by year, as the floors act, and the summary counts as the table reads', () => {
    expect(yearsText([2026, 2027, 2028])).toBe('2026-2028');
    expect(yearsText([2026, 2028, 2029])).toBe('2026, 2028-2029');
    expect(yearsText([])).toBe('');
    // Every preset, at the share of contracts taken it sets and at 70% (the low end of its plausible range).
    const all = [defaultScenario(), ...presets.map((p) => applyPreset(p.id))];
    for (const scenario of [...all, ...all.map((s) => ({ ...s, 'contracts.taken': 70 }))]) {
      const result = evaluate(scenario);
      const taken = result.contractsTakenFraction;
      const rows = commitmentRows(result);
      for (const r of rows) {
        const inYears = (test: (i: number) => boolean) => YEARS.filter((_, i) => r.scheduleUsdBn[i]! > 0 && test(i));
        const unmet = inYears((i) => r.ownBillUsdBn[i]! < r.scheduleUsdBn[i]! * taken - GAP_USD_BN);
        const short = inYears((i) => r.ownBillBeforeFloorUsdBn[i]! < r.scheduleUsdBn[i]! - GAP_USD_BN);
        // "Partly unmet" is this contract's own shortfall after the floors, in the years it names.
        expect(r.status === 'unmet', r.label).toBe(unmet.length > 0);
        if (r.status === 'unmet') expect(r.statusYears).toBe(yearsText(unmet));
        // "Covered": no year's schedule is above the lab's own bill, before or after the floors.
        const shortAfter = inYears((i) => r.ownBillUsdBn[i]! < r.scheduleUsdBn[i]! - GAP_USD_BN);
        if (r.status === 'covered') expect([short, shortAfter, unmet, r.statusYears], r.label).toEqual([[], [], [], '']);
        else expect(r.statusYears, r.label).not.toBe('');
        // Every year the bill after the floors is under the schedule is named, in the status or beside it.
        const named = [r.statusYears, r.alsoShortYears].flatMap((text) =>
          text
            .split(', ')
            .filter(Boolean)
            .flatMap((run) => {
              const [a, b = a] = run.split('-').map(Number);
              return YEARS.filter((y) => y >= a! && y <= b!);
            }),
        );
        for (const y of shortAfter) expect(named, `${r.label} ${y}`).toContain(y);
        // Apart from the arithmetic: a contract left partly unmet after the floors is one whose lab's whole
        // compute fell short that year (the engine's unmet, per family).
        if (r.status === 'unmet')
          expect(
            YEARS.some((y, i) => named.includes(y) && r.unmetUsdBn[i]! > 0),
            r.label,
          ).toBe(true);
      }
      const summary = commitmentSummary(result);
      expect(summary.binding).toBe(rows.filter((r) => r.shortYearsBeforeFloor.length > 0).length);
      // Every contract the summary counts shows a status other than "Covered" in the table.
      expect(summary.binding).toBeLessThanOrEqual(rows.filter((r) => r.status !== 'covered').length);
    }
    // Public data: the sentence's count is the table's (it said 1 of 9 beside 5 contracts the floors lifted or left short).
    const rows = commitmentRows(base);
    expect(commitmentSummary(base).binding).toBe(rows.filter((r) => r.status !== 'covered').length);
    expect(commitmentSummary(base).text).toMatch(/^\d+ of \d+ contracts would go partly unused in at least one year/);
  });

  it('states the result in one sentence that names the measure, the leader and the least exposed cloud', () => {
    // No Public data answer is pinned (its defaults are refitted): the sentence names what the engine finds.
    for (const measure of THESIS_MEASURES) {
      const s = defaultScenario();
      const w = winnerAnalysis(s, { measure });
      const sentence = headlineSentence(base, w);
      expect(sentence.startsWith(`On ${THESIS_MEASURE_LABELS[measure]}, ${holderLabel(leaderOn(base, measure), measure)} leads in 2025-2031`)).toBe(true);
      expect(sentence).toContain(`${holderLabel(w.leastExposed, measure)} is the least exposed to which model family wins`);
      // Without odds it earns no adverb.
      expect(sentence).not.toMatch(/clearly|narrowly|coin flip/);
      expect(sentence.split('. ').length).toBe(1);
    }
  });

  it('words follow the odds: clearly above 90%, narrowly from 60% to 90%, a coin flip below', () => {
    expect(adverbFor(0.95)).toBe('clearly');
    expect(adverbFor(0.9)).toBe('narrowly');
    expect(adverbFor(0.6)).toBe('narrowly');
    expect(adverbFor(0.59)).toBe('coin flip');
    const s = defaultScenario();
    const w = winnerAnalysis(s);
    const leader = leaderOn(base, 'revenue');
    const oddsWith = (pLead: number, pLeast: number, se = 0.005): OddsInput => {
      const spread = (top: HyperscalerId, p: number) =>
        Object.fromEntries(HYPERSCALERS.map((c) => [c, { p: c === top ? p : (1 - p) / 2, se }])) as Record<HyperscalerId, { p: number; se: number }>;
      return oddsFor(spread(leader, pLead), spread(w.leastExposed, pLeast));
    };
    expect(headlineSentence(base, w, oddsWith(0.95, 0.7))).toMatch(
      new RegExp(`${CLOUD_LABELS[leader]} clearly leads .* ahead in 95% of 10,000 draws.*is narrowly the least exposed .*least in 70% of draws`),
    );
    const flip = thesisHeadline(base, w, oddsWith(0.55, 0.5));
    expect(flip.sentence).toMatch(new RegExp(`the lead in 2025-2031 is a coin flip between ${CLOUD_LABELS[leader]} and `));
    expect(flip.sentence).toMatch(/who is least exposed to which model family wins is a coin flip between/);
    expect(flip.leader.adverb).toBe('coin flip');
    expect(flip.leader.rivalAdverb).toBeNull();
    // The scenario's own answer in 36% of draws, another's in 63%: the draws' answer is said, with the word its
    // odds earn, beside the scenario's (it once read "a coin flip between AWS and Azure (AWS in 36%)").
    const [other, third] = HYPERSCALERS.filter((c) => c !== leader) as [HyperscalerId, HyperscalerId];
    const [otherLeast, thirdLeast] = HYPERSCALERS.filter((c) => c !== w.leastExposed) as [HyperscalerId, HyperscalerId];
    const minority = (top: HyperscalerId, rival: HyperscalerId, rest: HyperscalerId) =>
      ({ [top]: { p: 0.36, se: 0.005 }, [rival]: { p: 0.63, se: 0.005 }, [rest]: { p: 0.01, se: 0.001 } }) as Record<HyperscalerId, { p: number; se: number }>;
    const lead = minority(leader, other, third);
    const least = minority(w.leastExposed, otherLeast, thirdLeast);
    const against = thesisHeadline(base, w, oddsFor(lead, least));
    expect(against.leader.rivalAdverb).toBe('narrowly');
    expect(against.sentence).toMatch(
      new RegExp(
        `^On cloud AI revenue, ${CLOUD_LABELS[leader]} leads in 2025-2031 at these values \\(.*\\), but ${CLOUD_LABELS[other]} narrowly leads across the draws \\(ahead in 63% of 10,000 draws; ${CLOUD_LABELS[leader]} in 36%\\);`,
      ),
    );
    expect(against.sentence).toMatch(
      new RegExp(
        `${CLOUD_LABELS[w.leastExposed]} is the least exposed to which model family wins at these values \\(swings .*\\), but ${CLOUD_LABELS[otherLeast]} is narrowly the least exposed across the draws \\(least in 63% of draws; ${CLOUD_LABELS[w.leastExposed]} in 36%\\)\\.$`,
      ),
    );
    expect(against.sentence).not.toContain('coin flip');
    // A coin flip in which the rival's odds are the higher ones gives them too; a preview whose draws have not
    // surely earned the rival "narrowly" (63% of 500) stays a coin flip, and says both.
    const oddsOf = (pOwn: number, pRival: number, se: number, samples: number, preview: boolean): OddsInput => {
      const l = { ...minority(leader, other, third) };
      l[leader] = { p: pOwn, se };
      l[other] = { p: pRival, se };
      l[third] = { p: 1 - pOwn - pRival, se };
      return oddsFor(l, least, samples, preview);
    };
    expect(thesisHeadline(base, w, oddsOf(0.36, 0.55, 0.005, 10_000, false)).sentence).toMatch(
      new RegExp(
        `coin flip between ${CLOUD_LABELS[leader]} and ${CLOUD_LABELS[other]} \\(${CLOUD_LABELS[leader]} ahead in 36% of 10,000 draws, ${CLOUD_LABELS[other]} in 55%;`,
      ),
    );
    const preview = thesisHeadline(base, w, oddsOf(0.36, 0.63, 0.0216, 500, true));
    expect(preview.leader.rivalAdverb).toBeNull();
    expect(preview.sentence).toMatch(new RegExp(`coin flip between .* ahead in 36% of 500 draws, ${CLOUD_LABELS[other]} in 63%;`));
    // The odds table: one row per hyperscaler, ± one standard error or the 95% interval (1.96 of them), in points.
    const rows = thesisOddsRows(oddsWith(0.95, 0.7).odds, 'revenue', 'se');
    expect(rows.map((r) => r.cloud)).toEqual([...HYPERSCALERS]);
    const top = rows.find((r) => r.cloud === leader);
    expect(top?.leads).toEqual({ p: 0.95, text: '95% ± 0.5 pts' });
    expect(thesisOddsRows(oddsWith(0.95, 0.7).odds, 'revenue', '95%').find((r) => r.cloud === leader)?.leads.text).toBe('95% ± 1.0 pts');
    // No "± 0.0 pts": how small it is beside a small share, and none where every draw agreed.
    const cellOf = (p: number, se: number) => thesisOddsRows(oddsWith(p, 0.7, se).odds, 'revenue', '95%').find((r) => r.cloud === leader)!.leads.text;
    expect(cellOf(0.004, 0.0002)).toBe('under 1% ± <0.1 pts');
    expect(cellOf(1, 0)).toBe('100%');
  });

  it('a preview says only the word its draws have surely earned', () => {
    const s = defaultScenario();
    const w = winnerAnalysis(s);
    const leader = leaderOn(base, 'revenue');
    const spread = (top: HyperscalerId, p: number, se: number) =>
      Object.fromEntries(HYPERSCALERS.map((c) => [c, { p: c === top ? p : (1 - p) / 2, se }])) as Record<HyperscalerId, { p: number; se: number }>;
    const odds = (pLead: number, pLeast: number, se: number, preview: boolean): OddsInput => {
      return oddsFor(spread(leader, pLead, se), spread(w.leastExposed, pLeast, se), preview ? 500 : 10_000, preview);
    };
    // 62% of 500 draws (± 4.3 pts at 95%) has not surely earned "narrowly": still a coin flip.
    const early = thesisHeadline(base, w, odds(0.62, 0.57, 0.0217, true));
    expect(early.leader.adverb).toBe('coin flip');
    expect(early.leastExposed.adverb).toBe('coin flip');
    expect(early.sentence).toMatch(new RegExp(`the lead in 2025-2031 is a coin flip between ${CLOUD_LABELS[leader]} and .* ahead in 62% of 500 draws;`));
    expect(early.sentence).toMatch(/who is least exposed to which model family wins is a coin flip between .* in 57% of draws\)\.$/);
    // Surely earned: 75% ± 3.8 pts is "narrowly"; 92% ± 2.4 pts only "narrowly" too, not yet "clearly".
    expect(thesisHeadline(base, w, odds(0.75, 0.4, 0.0194, true)).sentence).toMatch(/narrowly leads .* of 500 draws/);
    expect(thesisHeadline(base, w, odds(0.92, 0.4, 0.0121, true)).leader.adverb).toBe('narrowly');
    // Which runs are previews: fewer draws than their settings ask for (a run of 500 asked for 500 is whole).
    const run = odds(0.92, 0.62, 0.0027, false);
    expect(oddsInput({ ...run, samples: 500 }, { samples: 10_000, spread: 1, concentration: 40 }).preview).toBe(true);
    expect(oddsInput({ ...run, samples: 500 }, { samples: 500, spread: 1, concentration: 40 }).preview).toBe(false);
    // At range width ×0 every draw is the scenario: its 100% is no odds, and the sentence says why it has none.
    const fixed = thesisHeadline(base, w, oddsInput({ ...odds(1, 1, 0, false), samples: 10_000 }, { samples: 10_000, spread: 0, concentration: 40 }));
    expect(fixed.leader.adverb).toBeNull();
    expect(fixed.sentence).toMatch(/leads in 2025-2031 \(.*; no odds at range width ×0, where every draw is this scenario\)/);
    expect(fixed.sentence).not.toMatch(/clearly|100%|odds are being drawn/);
    expect(oddsSettingsNote({ spread: 0, concentration: 40 })).toBe('; range width ×0');
    expect(oddsSettingsNote({ spread: 0.5, concentration: 100 })).toBe('; range width ×0.5; share concentration 100');
    expect(oddsSettingsNote(DEFAULT_SIMULATION_SETTINGS)).toBe('');
    // A full run states the word of its own odds (ECONOMICS.md, model v3, rule 4).
    const full = thesisHeadline(base, w, odds(0.92, 0.62, 0.0027, false));
    expect(full.leader.adverb).toBe('clearly');
    expect(full.leastExposed.adverb).toBe('narrowly');
    expect(full.sentence).toMatch(/clearly leads .* of 10,000 draws\)/);
  });

  it('names the company on company AI gross profit, the cloud on the other measures (ECONOMICS.md, model v2)', () => {
    const scenario = applyPreset('public');
    const result = evaluate(scenario);
    const clouds = /\b(Azure|AWS|Google Cloud)\b/;
    const companies = /\b(Microsoft|Amazon|Google)\b(?! Cloud)/;
    const onProfit = thesisHeadline(result, winnerAnalysis(scenario, { measure: 'companyGrossProfit' }));
    expect(onProfit.sentence).toMatch(/^On company AI gross profit, (Microsoft|Amazon|Google) /);
    expect(onProfit.sentence).not.toMatch(clouds);
    const onRevenue = thesisHeadline(result, winnerAnalysis(scenario, { measure: 'revenue' }));
    expect(onRevenue.sentence).toMatch(/^On cloud AI revenue, (Azure|AWS|Google Cloud) /);
    expect(onRevenue.sentence).not.toMatch(companies);
    expect(thesisOddsPendingRows('companyGrossProfit').map((r) => r.label)).toEqual(['Microsoft', 'Amazon', 'Google']);
    expect(thesisOddsPendingRows('hosted').map((r) => r.label)).toEqual(['Azure', 'AWS', 'Google Cloud']);
    const paired = { p: 0.7, se: 0.01, samples: 1000, tie: false, tieFraction: 0 };
    expect(compareOddsSentence(paired, 'gcp', 'companyGrossProfit')).toMatch(/^Google’s company AI gross profit over 2025-2031 is higher under B/);
    expect(compareOddsSentence(paired, 'gcp', 'revenue')).toMatch(/^Google Cloud’s cloud AI revenue over 2025-2031/);
    // "Clearly ahead" is how sure, not how much: the sentence says how much too.
    const s0 = defaultScenario();
    const a = evaluate(s0);
    const nudged = evaluate({ ...s0, 'market.spend2025': (s0['market.spend2025'] as number) + 0.5 });
    const sure = { p: 1, se: 0, samples: 1000, tie: false, tieFraction: 0 };
    expect(compareOddsSentence(sure, 'azure', 'revenue', { a, b: nudged })).toMatch(
      /B clearly ahead\)\. At the scenarios’ own values, B is under 1% \(\+\$[\d.]+B\) above A\.$/,
    );
    const bigger = evaluate({ ...s0, 'market.spend2025': (s0['market.spend2025'] as number) * 1.2 });
    expect(compareOddsSentence(sure, 'azure', 'revenue', { a, b: bigger })).toMatch(/At the scenarios’ own values, B is \d+% \(\+\$\d+B\) above A\.$/);
    expect(compareOddsSentence(sure, 'azure', 'revenue', { a, b: a })).toMatch(/At the scenarios’ own values the two figures are the same\.$/);
  });

  it('states a lead the figures shown beside it bear out (the ratio of the two figures as displayed)', () => {
    // "$1.0T, 1.3× Azure" beside Azure's $818B read as 1.2×: figures carry three significant figures, so the
    // ratio a reader works out from them is the one the sentence states, to its one decimal (0.05) and the
    // figures' own rounding (under 0.01 at three significant figures). With two ("$1.0T") it was 0.08 off.
    const parse = (text: string) => Number(text.replace(/[$,]/g, '').replace(/T$/, 'e3').replace(/B$/, ''));
    for (const presetId of ['public', 'seed', 'openai-dominance', 'gemini-surge', 'anthropic-leads', 'slowdown', 'open-weight']) {
      const scenario = applyPreset(presetId);
      const result = evaluate(scenario);
      for (const measure of THESIS_MEASURES) {
        const headline = thesisHeadline(result, winnerAnalysis(scenario, { measure }));
        const m = /\((\$[\d.,]+[BT]), ([\d.]+)× ([A-Za-z ]+?)\)/.exec(headline.sentence);
        if (!m) continue; // "level with": no ratio stated
        const runnerUp = HYPERSCALERS.find((c) => holderLabel(c, measure) === m[3])!;
        const shownRunnerUp = parse(formatUsdBn(thesisValue(result, runnerUp, measure)));
        const readRatio = parse(m[1]!) / shownRunnerUp;
        expect(Math.abs(readRatio - Number(m[2])), `${presetId}, ${measure}: ${headline.sentence}`).toBeLessThanOrEqual(0.06);
      }
    }
  });

  it('bridges each cloud’s set margin to its realised margin, steps adding up exactly', () => {
    for (const row of marginBridgeRows(base)) {
      const sum = row.setMargin + row.inferenceMix + row.utilisation + row.premiums + row.silicon;
      expect(sum).toBeCloseTo(row.realisedMargin, 12);
      expect(row.realisedMargin).toBe(base.clouds[row.cloud].cumulative.cloudGrossMargin);
    }
  });

  it('shows the bridge so that the steps a reader adds up give the margin shown', () => {
    for (const scenario of [defaultScenario(), ...presets.map((p) => applyPreset(p.id))]) {
      for (const row of marginBridgeRows(evaluate(scenario))) {
        const shown = marginBridgeShown(row);
        // In tenths of a point, as the table prints them: integers, so the sum is exact.
        const tenths = [shown.setPts, ...BRIDGE_STEP_KEYS.map((k) => shown.stepPts[k])].map((v) => Math.round(v * 10));
        expect(tenths.reduce((a, b) => a + b, 0)).toBe(Math.round(shown.realisedPts * 10));
        expect(formatPct(shown.realisedPts / 100, 1)).toBe(formatPct(row.realisedMargin, 1));
        for (const k of BRIDGE_STEP_KEYS) expect(Math.abs(shown.stepPts[k] - row[k] * 100)).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
  });

  it('walks from hosted compute to company gross profit', () => {
    for (const row of hostedToProfitRows(base)) {
      expect(row.ownUseUsdBn + row.billedUsdBn).toBeCloseTo(row.hostedUsdBn, 9);
      expect(row.revenueUsdBn).toBeLessThanOrEqual(row.billedUsdBn);
      expect(row.cloudGrossProfitUsdBn + row.modelLayerIncomeUsdBn).toBeCloseTo(row.companyGrossProfitUsdBn, 9);
    }
  });

  it('describes calibration rows in words, with how far a missed row is', () => {
    const rows = calibrationRowsView(calibrationTable());
    expect(rows.every((r) => r.verdictText === 'Met')).toBe(true);
    const far = calibrationRowsView(calibrationTable({ ...defaultScenario(), 'market.spend2025': 400 }));
    // OpenAI's own cloud bill in 2025 (the ledger's like-for-like row for what v2 called OpenAI's billed compute).
    const openai = far.find((r) => r.id === 'openai-cloud-bill-2025')!;
    expect(openai.met).toBe(false);
    expect(openai.verdictText).toMatch(/^Not met: \$[\d.]+B above the band$/);
    expect(calibrationSummary(base)).toEqual({
      met: rows.length,
      total: rows.length,
      missed: [],
      text: `Held to the facts ledger: all ${rows.length} reported figures met`,
    });
    // A scenario far from the facts names how many rows it meets and the farthest miss.
    const farSummary = calibrationSummary(evaluate({ ...defaultScenario(), 'market.spend2025': 400 }));
    expect(farSummary.missed.length).toBe(far.filter((r) => !r.met).length);
    expect(farSummary.missed).toContain(openai.label);
    expect(farSummary.text).toMatch(new RegExp(`^Against the facts ledger: ${farSummary.met} of ${rows.length} reported figures met; farthest: `));
  });

  it('says a contract row compares the lab’s own bill before floors, and what the floors lift it to', () => {
    // Seed thesis: OpenAI's own demand on AWS is nil, and the contract's floor bills it (new-user review: the
    // ledger said "$0.0B, not met" beside a Commitments view that showed the contract honoured).
    const seed = applyPreset('seed');
    const result = evaluate(seed);
    const rows = calibrationRowsView(calibrationTable(seed, result));
    const row = rows.find((r) => r.id === 'contract-openai-aws-38')!;
    const commitment = result.commitments.find((k) => k.family === 'openai' && k.cloud === 'aws')!;
    const years = [2026, 2027, 2028, 2029, 2030, 2031].map((y) => result.years.indexOf(y));
    const after = years.reduce((s, i) => s + (commitment.ownBillUsdBn[i] as number), 0);
    expect(row.met).toBe(false);
    expect(row.afterFloors).toBeCloseTo(after, 6);
    expect(row.afterFloors!).toBeGreaterThan(row.model + 1);
    expect(row.modelNote).toBe(`before contract floors; the floors lift it to ${formatCalibrationValue('usdBn', after)}`);
    // A row that is not a contract has no such note. Floors elsewhere can move a lab's bill down (compute is
    // moved, never created): Seed thesis's OpenAI → Azure is one, and says so.
    expect(rows.find((r) => r.id === 'openai-cloud-bill-2025')!.modelNote).toBeNull();
    const down = rows.filter((r) => r.afterFloors !== null && r.afterFloors < r.model - 0.05);
    expect(down.length).toBeGreaterThan(0);
    for (const r of down)
      expect(r.modelNote).toBe(`before contract floors; floors on its other clouds move it to ${formatCalibrationValue('usdBn', r.afterFloors!)}`);
    const same = calibrationRowsView(calibrationTable()).filter((r) => r.afterFloors !== null && Math.abs(r.afterFloors - r.model) <= 0.05);
    expect(same.length).toBeGreaterThan(0);
    for (const r of same) expect(r.modelNote).toBe('before contract floors, which leave it as it is');
    // The dashboard's note says the same of its farthest row: Seed thesis's is this contract.
    const farthest = rows.filter((r) => !r.met).sort((a, b) => Math.abs(b.residual) - Math.abs(a.residual))[0]!;
    expect(farthest.id).toBe('contract-openai-aws-38');
    expect(calibrationSummary(result).text).toContain(`the contract’s floor lifts its bill to ${formatUsdBnFine(after)}`);
  });

  it('says whether a strategy switch moves anything in this scenario, not in the preset named', () => {
    // Public data: the three archetypes carry the same figures; the Seed thesis sets them apart.
    expect(strategySwitchMatters(defaultScenario())).toBe(false);
    expect(strategySwitchMatters(applyPreset('seed'))).toBe(true);
    // A user's own archetype figure sets them apart too, as does a vertical cloud turning rivals away.
    expect(strategySwitchMatters({ ...defaultScenario(), 'archetype.vertical.margin': 40 })).toBe(true);
    expect(strategySwitchMatters({ ...defaultScenario(), 'vertical.access': 90 })).toBe(true);
    // Why Vertical moves the odds where no figure moves: the draws' range for its access, from the registry.
    const access = getParameter('vertical.access') as NumberParameterSpec;
    expect(verticalAccessDrawRange(defaultScenario())).toBe(`${access.range[0]}% to ${access.range[1]}%`);
    expect(verticalAccessDrawRange(defaultScenario())).toBe('70% to 100%');
    // Read from the values, it agrees with evaluating every switch (each preset, and each lever alone).
    const moves = (s: Scenario) => {
      const at = evaluate(s);
      return HYPERSCALERS.some((c) =>
        ARCHETYPES.some((a) => {
          if (a === s[`strategy.${c}`]) return false;
          const r = evaluate({ ...s, [`strategy.${c}`]: a });
          return HYPERSCALERS.some((k) => r.clouds[k].revenueUsdBn.some((v, i) => Math.abs(v - (at.clouds[k].revenueUsdBn[i] as number)) > 1e-9));
        }),
      );
    };
    const cases = [
      ...presets.map((p) => applyPreset(p.id)),
      { ...defaultScenario(), 'archetype.horizontal.premium': 15 },
      { ...defaultScenario(), 'archetype.agnostic.utilisation': 60 },
      { ...defaultScenario(), 'vertical.access': 80 },
    ];
    for (const s of cases) expect(strategySwitchMatters(s)).toBe(moves(s));
  });

  it('says plainly when the thesis fails', () => {
    expect(thesisVerdict(baseWinners).holds).toBe(true);
    const failing = { ...baseWinners, leastExposed: 'aws' as const };
    const verdict = thesisVerdict(failing);
    expect(verdict.holds).toBe(false);
    expect(verdict.text).toMatch(/^The thesis fails at these values: AWS is less exposed than Azure/);
  });
});

describe('silicon margin chart', () => {
  it('knows when the margins without silicon coincide (Public data) and when they do not (Seed thesis)', () => {
    expect(noSiliconMarginsCoincide(base)).toBe(true);
    expect(noSiliconMarginsCoincide(evaluate(applyPreset('seed')))).toBe(false);
  });
});

describe('the working', () => {
  it('names a section of the working by its steps, one step in the singular', () => {
    expect(stepsLabel('11')).toBe('Step 11');
    expect(stepsLabel('1-2')).toBe('Steps 1-2');
    expect(stepsLabel('3, 9a')).toBe('Steps 3, 9a');
  });

  it('holds every step, with the card’s figures as its 2025-2031 totals', () => {
    const steps = workingSteps(base);
    expect(steps.map((s) => s.steps)).toEqual(['1-2', '3, 9a', '4-7', '11', '8-10, 12']);
    const azure = steps[4]!.tables.find((t) => t.id === 'cloud-azure')!;
    const hosted = azure.rows.find((r) => r.id === 'azure.hosted')!;
    expect(hosted.total).toBeCloseTo(base.clouds.azure.cumulative.hostedComputeUsdBn, 9);
    expect(azure.rows.find((r) => r.id === 'azure.cloudGrossMargin')!.total).toBe(base.clouds.azure.cumulative.cloudGrossMargin);
    // Hosting shares after access and price add up to 1 for every family and year.
    for (const t of steps[2]!.tables) for (let i = 0; i < 7; i++) expect(t.rows.reduce((s, r) => s + r.values[i]!, 0)).toBeCloseTo(1, 12);
    // The card's "% of all clouds’" is a row here too, per year and in total; the four providers' shares add up to 1.
    const cards = cloudCards(base, base, baseWinners);
    expect(azure.rows.find((r) => r.id === 'azure.shareOfRevenue')!.total).toBe(cards[0]!.lead.share);
    const shareRows = steps[4]!.tables.map((t) => t.rows.find((r) => r.id.endsWith('.shareOfRevenue'))!);
    expect(shareRows).toHaveLength(4);
    for (let i = 0; i < 7; i++) expect(shareRows.reduce((s, r) => s + r.values[i]!, 0)).toBeCloseTo(1, 12);
    expect(shareRows.reduce((s, r) => s + r.total!, 0)).toBeCloseTo(1, 12);
    // Every row has its own id (anchors and the CSV's measure_id).
    const ids = steps.flatMap((st) => st.tables.flatMap((t) => t.rows.map((r) => r.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes a CSV line per measure and year, plus the 2025-2031 totals', () => {
    const csv = workingCsv(base).trim().split('\n');
    expect(csv[0]).toBe('step,table,measure_id,measure,unit,year,value');
    const hosted = csv.filter((l) => l.includes(',azure.hosted,'));
    expect(hosted).toHaveLength(8);
    // Written to 12 significant digits (fullPrecision), whatever the figure's size.
    expect(Number(hosted.at(-1)!.split(',').at(-1))).toBe(Number(base.clouds.azure.cumulative.hostedComputeUsdBn.toPrecision(12)));
    // Labels with commas or quotes are quoted.
    expect(csv.some((l) => l.includes('"'))).toBe(true);
  });
});
