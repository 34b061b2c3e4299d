import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATION_SETTINGS, applyPreset, evaluate, presets, simulate, winnerAnalysis } from '@/lib/engine';
import { headlineSentence } from './headline';
import { likelyLeaderOn, riskHinges, type ImportanceView } from './uncertainty';
import { DEFAULT_SLIDE_CONTEXT, VIEW_IDS, baseScenarioFor, decodeScenario, type Slide } from '@/lib/scenario';
import { formatUsdBnChange } from '@/lib/format';
import { PRIMARY_CHART } from './chart-registry';
import { deckFileName, deckSlides, pdfText } from './deck';
import { slideFiguresLabel } from './slide';

const ORIGIN = 'https://explorer.example';

describe('deck slides', () => {
  const slides: Slide[] = presets.flatMap((p, i) =>
    // The Risk panel runs the view's 10,000-draw simulation: two presets are enough to test it.
    VIEW_IDS.filter((v) => v !== 'risk' || i < 2).map((view) => ({
      view,
      scenario: { ...(p.id === 'public' ? baseScenarioFor(null) : applyPreset(p.id)), 'market.spend2025': 150 + i * 10 },
      presetId: p.id === 'public' ? null : p.id,
      title: `${p.name} ${view}`,
      note: i % 2 ? 'A note' : '',
    })),
  );
  const deck = deckSlides(slides, ORIGIN);

  it('gives every slide finite figures, its sentence, and a link that opens its own scenario and view', () => {
    expect(deck).toHaveLength(slides.length);
    deck.forEach((d, i) => {
      const slide = slides[i]!;
      expect(d.number).toBe(i + 1);
      expect(d.figures.map((f) => f.cloud)).toEqual(['azure', 'aws', 'gcp']);
      // The slide's headline measure leads its figures, as on the dashboard's cards (a company's gross profit may be negative).
      expect(d.figuresLabel).toBe(slideFiguresLabel(slide.context?.measure ?? 'revenue'));
      for (const f of d.figures) expect(f.text).toMatch(/^[−-]?\$\d/);
      expect(d.sentence.length).toBeGreaterThan(20);
      expect(d.liveUrl.startsWith(`${ORIGIN}/`)).toBe(true);
      const decoded = decodeScenario(new URL(d.liveUrl).search);
      expect(decoded.problems).toEqual([]);
      expect(decoded.scenario).toEqual(slide.scenario);
      expect(decoded.view ?? 'strategies').toBe(slide.view);
    });
  });

  it('asks the server for the view’s primary chart with the slide’s scenario, and says so in words where there is none', () => {
    deck.forEach((d, i) => {
      const chart = PRIMARY_CHART[slides[i]!.view];
      if (chart) {
        const url = new URL(d.imagePath!, ORIGIN);
        expect(url.pathname).toBe('/api/chart');
        expect(url.searchParams.get('chart')).toBe(chart);
        expect(url.searchParams.get('format')).toBe('png');
        expect(decodeScenario(url.search).scenario).toEqual(slides[i]!.scenario);
        expect(d.imageNote).toBeNull();
      } else {
        expect(d.imagePath).toBeNull();
        expect(d.imageNote).toMatch(/open the link/);
        expect(d.panel).not.toBeNull();
      }
    });
  });

  it('gives Risk slides the view’s odds (summing to one) and Compare slides the largest changes against Public data', () => {
    const risk = deck.filter((d, i) => slides[i]!.view === 'risk');
    expect(risk.length).toBe(2);
    for (const d of risk) {
      expect(d.panel!.kind).toBe('share');
      expect(d.panel!.rows.map((r) => r.label)).toEqual(['Azure', 'AWS', 'Google Cloud']);
      expect(d.panel!.rows.reduce((s, r) => s + r.value, 0)).toBeCloseTo(1, 9);
      expect(d.panel!.sentence).toMatch(/^Least exposed to which model family wins, in 10,000 draws: Azure (over 99%|under 1%|\d+%), AWS/);
    }
    const compare = deck.filter((d, i) => slides[i]!.view === 'compare');
    for (const d of compare) {
      expect(d.panel!.kind).toBe('signed');
      for (const r of d.panel!.rows) expect(Number.isFinite(r.value)).toBe(true);
      expect(d.panel!.sentence).toMatch(/^Azure’s AI compute hosted, 2025-2031 goes from|^The two scenarios give the same/);
    }
  });

  it('gives a Compare slide its changes against A and a live link with its added columns', () => {
    const seed = applyPreset('seed');
    const slide: Slide = {
      view: 'compare',
      scenario: baseScenarioFor(null),
      presetId: null,
      title: 'Three scenarios',
      note: '',
      context: {
        ...DEFAULT_SLIDE_CONTEXT,
        baseline: { scenario: seed, presetId: 'seed' },
        columns: [{ scenario: applyPreset('gemini-surge'), presetId: 'gemini-surge' }],
      },
    };
    const [d] = deckSlides([slide], ORIGIN, { odds: [null] });
    const a = evaluate(seed).clouds.azure.cumulative.revenueUsdBn;
    const b = evaluate(slide.scenario).clouds.azure.cumulative.revenueUsdBn;
    expect(d!.figures[0]!.aside).toBe(`${formatUsdBnChange(b - a)} against the baseline`);
    expect(d!.summary).toMatch(/against Seed thesis/i);
    const live = decodeScenario(new URL(d!.liveUrl).search);
    expect(live.columns.map((c) => c.presetId)).toEqual(['gemini-surge']);
    expect(live.baseline?.presetId).toBe('seed');
  });

  it('says what the headline says: the same sentence builder, on the link’s measure, with the slide’s odds', () => {
    const slide: Slide = { view: 'shares', scenario: applyPreset('seed'), presetId: 'seed', title: 'Seed', note: '' };
    const run = simulate(slide.scenario, { ...DEFAULT_SIMULATION_SETTINGS, samples: 1000 });
    const odds = { odds: run.odds, samples: run.samples };
    const [d] = deckSlides([slide], ORIGIN, { measure: 'companyGrossProfit', odds: [odds] });
    const expected = headlineSentence(evaluate(slide.scenario), winnerAnalysis(slide.scenario, { measure: 'companyGrossProfit' }), odds);
    expect(d!.sentence).toBe(expected);
    expect(d!.sentence).toMatch(/^On company AI gross profit, .* of 1,000 draws/);
    expect(decodeScenario(new URL(d!.liveUrl).search).measure).toBe('companyGrossProfit');
  });

  it('names the file after the first slide’s preset and the date', () => {
    expect(deckFileName(slides.slice(1), new Date('2026-11-30T10:00:00Z'))).toMatch(/-deck-2026-11-30\.pdf$/);
    expect(deckFileName([], new Date('2026-11-30T10:00:00Z'))).toBe('story-deck-2026-11-30.pdf');
  });
});

describe('pdfText', () => {
  it('writes what Helvetica cannot as its nearest character', () => {
    expect(pdfText('−$3.1B · 1.7× Azure’s')).toBe('-$3.1B · 1.7× Azure’s');
    expect(pdfText('a\u2009b → c 😀')).toBe('a b -> c ??');
    expect(pdfText('Public data → Seed thesis ← back, ≥ 95, ≤ 2')).toBe('Public data -> Seed thesis <- back, >= 95, <= 2');
    // A new-user review's slide title: every comparison sign kept, none as "?".
    expect(pdfText('Azure ≥ 2× AWS? ≈ €5B – “lead” ✓, floors ≠ bills ✗')).toBe('Azure >= 2× AWS? ~ €5B – “lead” OK, floors != bills X');
  });
});

describe('the Risk view’s words', () => {
  const sim = simulate(applyPreset('seed'), { ...DEFAULT_SIMULATION_SETTINGS, samples: 1000 });

  it('names the likely leader on the measure from its odds, and a runner-up that is another hyperscaler', () => {
    for (const m of ['revenue', 'companyGrossProfit', 'hosted'] as const) {
      const { leader, runnerUp } = likelyLeaderOn(sim, m);
      const odds = sim.odds.leader[m];
      for (const c of ['azure', 'aws', 'gcp'] as const) expect(odds[leader].p).toBeGreaterThanOrEqual(odds[c].p);
      expect(runnerUp).not.toBe(leader);
    }
  });

  it('says what the lead hinges on only once something is known', () => {
    expect(riskHinges(undefined, undefined)).toBeNull();
    const text = riskHinges([{ id: 'market.spend2025', label: 'World AI compute, 2025', varianceShare: 0.4 } as ImportanceView], undefined);
    expect(text).toBe('Who leads hinges mostly on World AI compute, 2025.');
    // Said with what it is measured on, which no card below ranks.
    expect(
      riskHinges([{ id: 'market.spend2025', label: 'World AI compute, 2025', varianceShare: 0.4 } as ImportanceView], undefined, {
        leader: 'gcp',
        runnerUp: 'azure',
        measure: 'revenue',
      }),
    ).toBe('Who leads hinges mostly on World AI compute, 2025 (ranked by how its draws move Google Cloud’s lead over Azure).');
  });
});
