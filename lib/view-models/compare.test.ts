import { describe, expect, it } from 'vitest';
import { holderLabel, HYPERSCALERS, THESIS_MEASURE_LABELS, applyPreset, attribute, defaultScenario, evaluate, thesisValue, winnerAnalysis } from '@/lib/engine';
import { cloudYearlyChart } from './cloud-series';
import { withGhosts } from './chart-model';
import { chartCsv } from './csv';
import { formatUsdBn, formatUsdBnChange } from '@/lib/format';
import { commitmentChart } from './commitments';
import { attributionSentence, comparisonFigures, comparisonSentences, differingAssumptions, scenarioName, waterfallCsv, waterfallSteps } from './compare';

describe('compare view models', () => {
  const a = defaultScenario();
  const b = applyPreset('openai-dominance');
  const ra = evaluate(a);
  const rb = evaluate(b);

  it('names scenarios by preset and count of changes', () => {
    expect(scenarioName(a, null, a)).toBe('Public data');
    expect(scenarioName({ ...b, 'market.spend2025': 300 }, 'openai-dominance', b)).toBe('OpenAI dominance, 1 change');
  });

  it('lays out four figures per hyperscaler with signed differences', () => {
    const rows = comparisonFigures([ra, rb]);
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.cells.length === 2 && r.cells[0]!.diff === null && r.cells[1]!.diff!.length > 0)).toBe(true);
    // Each row names whose figure it is: the cloud's, the company's on company AI gross profit.
    expect(rows.filter((r) => r.cloud === 'gcp').map((r) => `${r.label}: ${r.measure}`)).toEqual([
      'Google Cloud: AI compute hosted',
      'Google Cloud: cloud AI revenue',
      'Google Cloud: cloud AI gross margin',
      'Google: company AI gross profit',
    ]);
  });

  it('takes up to four columns, each figure with its change against the first column', () => {
    const rc = evaluate(applyPreset('seed'));
    const rows = comparisonFigures([ra, rb, rc, ra]);
    const hosted = rows.find((r) => r.cloud === 'azure' && r.measure === 'AI compute hosted')!;
    expect(hosted.cells.map((c) => c.value)).toEqual([ra, rb, rc, ra].map((r) => formatUsdBn(r.clouds.azure.cumulative.hostedComputeUsdBn)));
    expect(hosted.cells[2]!.diff).toBe(formatUsdBnChange(rc.clouds.azure.cumulative.hostedComputeUsdBn - ra.clouds.azure.cumulative.hostedComputeUsdBn));
    // The same scenario as the first column: no change, shown as such.
    expect(hosted.cells[3]).toEqual({ value: hosted.cells[0]!.value, diff: '±$0B', sign: 0 });
    const margin = rows.find((r) => r.cloud === 'aws' && r.measure === 'cloud AI gross margin')!;
    expect(margin.cells[2]!.diff).toMatch(/^([+−]\d+ pts?|±0 pts)$/);
    expect(comparisonFigures([])).toEqual([]);
  });

  it('says in words what changes, and something even when nothing does', () => {
    const exposure = { a: winnerAnalysis(a), x: winnerAnalysis(b) };
    expect(comparisonSentences(ra, ra, 'revenue', 'B', { a: exposure.a, x: exposure.a })).toEqual(['The two scenarios give the same headline figures.']);
    expect(comparisonSentences(ra, ra, 'revenue', 'C')).toEqual(['C gives the same headline figures as A.']);
    // With columns added, B speaks as one column of several.
    expect(comparisonSentences(ra, ra, 'revenue', 'B', null, false)).toEqual(['B gives the same headline figures as A.']);
    const said = comparisonSentences(ra, rb, 'revenue', 'B', exposure).join(' ');
    expect(said).toMatch(/Under B|largest move/);
    // An added column speaks as itself, without the winner analysis it does not have.
    const asC = comparisonSentences(ra, rb, 'revenue', 'C');
    expect(asC.join(' ')).not.toMatch(/Under B|to B/);
    expect(asC.some((t) => t.includes('least exposed'))).toBe(false);
  });

  it('names the largest move on the headline’s measure, the cloud that moves most on it', () => {
    for (const measure of ['revenue', 'companyGrossProfit', 'hosted'] as const) {
      const moves = HYPERSCALERS.map((c) => ({ c, d: thesisValue(rb, c, measure) - thesisValue(ra, c, measure) })).sort(
        (p, q) => Math.abs(q.d) - Math.abs(p.d),
      );
      const top = moves[0]!;
      const sentence = comparisonSentences(ra, rb, measure, 'B').find((t) => t.includes('largest move'))!;
      expect(sentence).toContain(
        `From A to B, the largest move in ${THESIS_MEASURE_LABELS[measure]}, 2025-2031: ${holderLabel(top.c, measure)}, ${top.d > 0 ? 'up' : 'down'} ${formatUsdBn(Math.abs(top.d))}`,
      );
    }
  });

  it('groups differing assumptions by registry group, with both values', () => {
    const groups = differingAssumptions(a, b);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) for (const r of g.rows) expect(r.a).not.toBe(r.b);
  });

  it('runs the waterfall from A to B exactly', () => {
    const att = attribute(a, b, { cloud: 'azure', measure: 'companyGrossProfit' });
    const steps = waterfallSteps(att);
    expect(steps[0]!.start).toBe(att.fromValue);
    expect(Math.abs(steps.at(-1)!.end - att.toValue)).toBeLessThan(1e-9 * Math.max(1, Math.abs(att.toValue)));
    expect(attributionSentence(att, 'azure', 'company AI gross profit', 'companyGrossProfit')).toMatch(/^Microsoft’s company AI gross profit goes from/);
  });

  it('sums the smallest steps into one when a slide has room for a few bars, still running from A to B', () => {
    const att = attribute(a, b, { cloud: 'azure', measure: 'hostedCompute' });
    const all = waterfallSteps(att);
    expect(all.length).toBeGreaterThan(4);
    const few = waterfallSteps(att, 4);
    expect(few).toHaveLength(4);
    expect(few.slice(0, 3).map((s) => s.key)).toEqual(all.slice(0, 3).map((s) => s.key));
    expect(few[3]!.label).toBe(`${all.length - 3} smaller changes`);
    expect(few[3]!.ids).toEqual(all.slice(3).flatMap((s) => s.ids));
    expect(Math.abs(few[3]!.end - att.toValue)).toBeLessThan(1e-9 * Math.max(1, Math.abs(att.toValue)));
    expect(waterfallSteps(att, all.length)).toEqual(all);
  });

  describe('the attribution sentence, by sign', () => {
    const attribution = (fromValue: number, values: Record<string, number>) => {
      const contributions = Object.entries(values).map(([label, value]) => ({ key: label, label, ids: [], value }));
      const total = contributions.reduce((sum, c) => sum + c.value, 0);
      return { total, fromValue, toValue: fromValue + total, contributions, method: 'Exact Shapley values', grouping: 'parameter' } as unknown as Parameters<
        typeof attributionSentence
      >[0];
    };

    it('names every change when all pull the same way', () => {
      const att = attribution(200, { 'OpenAI share, 2031': -60, 'World AI compute, 2025': -20 });
      expect(attributionSentence(att, 'azure', 'AI compute hosted', 'hostedCompute')).toBe(
        'Azure’s AI compute hosted goes from $200B to $120B (−$80B): pushed down by OpenAI share, 2031 (−$60B) and World AI compute, 2025 (−$20B).',
      );
    });

    it('says what pushes and what holds back when changes pull both ways, never a share of the net', () => {
      // The case: Llama share pulled +$15B against a −$74B total and was called part of "the rest".
      const att = attribution(300, { 'OpenAI share, 2031': -80, 'Llama share, 2031': 15, 'World AI compute, 2025': -9 });
      const sentence = attributionSentence(att, 'azure', 'AI compute hosted', 'hostedCompute');
      expect(sentence).toBe(
        'Azure’s AI compute hosted goes from $300B to $226B (−$74B): pushed down by OpenAI share, 2031 (−$80B) and World AI compute, 2025 (−$9B); held back by Llama share, 2031 (+$15B).',
      );
      expect(sentence).not.toMatch(/%|the rest/);
      const up = attributionSentence(
        attribution(100, { 'World AI compute, 2025': 32, 'OpenAI share, 2031': -22 }),
        'aws',
        'AI compute hosted',
        'hostedCompute',
      );
      expect(up).toBe(
        'AWS’s AI compute hosted goes from $100B to $110B (+$10B): pushed up by World AI compute, 2025 (+$32B); held back by OpenAI share, 2031 (−$22B).',
      );
    });

    it('says the changes cancel out, and which way each pulled', () => {
      const att = attribution(100, { A: 20, B: -12, C: -8 });
      expect(attributionSentence(att, 'other', 'AI compute hosted', 'hostedCompute')).toBe(
        'Other providers’ AI compute hosted goes from $100B to $100B (±$0B): the changes cancel out, pushed up by A (+$20B) and down by B (−$12B) and C (−$8B).',
      );
      expect(attributionSentence(attribution(100, { A: 0.01, B: -0.01 }), 'azure', 'x', 'hostedCompute')).toMatch(/: the changes cancel out\.$/);
    });

    it('names three a side and sums the rest; leaves changes under $0.1B to the table', () => {
      const att = attribution(100, { A: -40, B: -30, C: -20, D: -5, E: -4, F: 0.01 });
      expect(attributionSentence(att, 'azure', 'x', 'hostedCompute')).toBe(
        'Azure’s x goes from $100B to $1B (−$99B): pushed down by A (−$40B), B (−$30B), C (−$20B) and 2 others (−$9B).',
      );
      expect(attributionSentence(attribution(10, { A: 0.04, B: 0.04 }), 'azure', 'x', 'hostedCompute')).toBe(
        'Azure’s x goes from $10B to $10B (+$0.1B), from many small changes.',
      );
    });

    it('adds up for real scenarios: every named figure has the sign of its side', () => {
      for (const preset of ['seed', 'openai-dominance', 'open-weight', 'slowdown']) {
        const att = attribute(a, applyPreset(preset), { cloud: 'azure', measure: 'hostedCompute' });
        const sentence = attributionSentence(att, 'azure', 'AI compute hosted', 'hostedCompute');
        const body = sentence.slice(sentence.indexOf('): ') + 3);
        const [pushed = '', held = ''] = body.split('; held back by ');
        const pushSign = att.total > 0 ? '+' : '−';
        expect(pushed).toMatch(/^pushed (up|down) by /);
        for (const m of pushed.matchAll(/\(([+−])\$/g)) expect(m[1]).toBe(pushSign);
        for (const m of held.matchAll(/\(([+−])\$/g)) expect(m[1]).not.toBe(pushSign);
      }
    });
  });

  it('adds ghosts matched by x value, in table columns beside their series', () => {
    const g = withGhosts(cloudYearlyChart(rb, 'hostedComputeUsdBn'), cloudYearlyChart(ra, 'hostedComputeUsdBn'));
    expect(g.ghosts).toHaveLength(4);
    expect(g.rows[0]!['azure__base']).toBe(ra.clouds.azure.hostedComputeUsdBn[0]);
    expect(g.columns!.map((c) => c.key).slice(0, 2)).toEqual(['azure', 'azure__base']);
    // Contracts present in one scenario only get no ghost value (NaN), never another contract's.
    const c = withGhosts(commitmentChart(rb), { ...commitmentChart(ra), rows: [] });
    expect(c.rows.every((r) => Number.isNaN(r['commitment__base'] as number))).toBe(true);
  });
});

describe('chartCsv', () => {
  it('writes the table’s columns with units, raw numbers and percentages as 0-100', () => {
    const r = evaluate(defaultScenario());
    const csv = chartCsv(cloudYearlyChart(r, 'hostedComputeUsdBn'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Year,Microsoft: Azure and its own products (USD bn),Amazon: AWS and its own products (USD bn),Google: Cloud and its own products (USD bn),Other: neoclouds and self-builders (USD bn)',
    );
    expect(lines).toHaveLength(8);
    expect(Number(lines[7]!.split(',')[1])).toBeCloseTo(r.clouds.azure.hostedComputeUsdBn[6]!, 3);
    const pct = chartCsv(cloudYearlyChart(r, 'cloudGrossMargin')).split('\r\n')[1]!.split(',');
    expect(Number(pct[1])).toBeCloseTo(r.clouds.azure.cloudGrossMargin[0]! * 100, 3);
  });
});

describe('waterfallCsv', () => {
  it('writes A, each step with its running total and share of B − A, then B; the steps add up from A to B', () => {
    const att = attribute(defaultScenario(), applyPreset('openai-dominance'), { cloud: 'azure', measure: 'hostedCompute' });
    const steps = waterfallSteps(att);
    const lines = waterfallCsv(steps, att.fromValue, att.toValue, { a: 'Public data', b: 'OpenAI dominance, 1 change' }).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Step,Contribution (USD bn),Running total (USD bn),Share of B − A (%)');
    expect(lines).toHaveLength(steps.length + 3);
    expect(lines[1]).toBe(`A: Public data,,${Number(att.fromValue.toFixed(4))},`);
    // A name with a comma is quoted.
    expect(lines.at(-1)).toBe(`"B: OpenAI dominance, 1 change",,${Number(att.toValue.toFixed(4))},`);
    const cells = lines.slice(2, -1).map((l) => l.match(/("[^"]*"|[^,]*)/g)!.filter((_, i) => i % 2 === 0));
    const contributions = cells.map((c) => Number(c[1]));
    expect(att.fromValue + contributions.reduce((s, v) => s + v, 0)).toBeCloseTo(att.toValue, 2);
    expect(cells.map((c) => Number(c[3])).reduce((s, v) => s + v, 0)).toBeCloseTo(100, 1);
  });
});
