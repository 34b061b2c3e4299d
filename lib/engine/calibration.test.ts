/**
 * Model v3 ("v3 rules" 1): Public data is held to the facts ledger. The calibration table has one row per
 * compared ledger row, each sourced and dated, with the model's like-for-like figure, the band within which
 * it is met and its residual in tolerances. A changed default that breaks a row fails here, naming the row,
 * its band and the model's value.
 */
import { describe, expect, it } from 'vitest';
import { calibrationTable, type CalibrationRow } from './calibration';
import { facts, type Fact, type FactCompare } from './facts';
import fitted from './facts/fitted.json';
import { applyPreset } from './presets';
import { defaultScenario } from './scenario';
import { evaluate } from './evaluate';
import { ledgerCheck } from './ledger-check';

/** The day model v3 was fitted: no reported figure can be dated after it. */
const TODAY = '2026-12-07';

const compared = facts.filter((f): f is Fact & { compare: FactCompare } => f.compare !== null);
const compareOf = (id: string): FactCompare => compared.find((f) => f.id === id)!.compare;

/** The table's own rules, for any scenario: how residual, band and `met` relate. */
function expectConsistent(rows: readonly CalibrationRow[], scenario: string): void {
  for (const r of rows) {
    const at = `${scenario}: ${r.id}`;
    const { kind } = compareOf(r.id);
    const above = r.model > r.reportedValue;
    const below = r.model < r.reportedValue;
    if (kind === 'atMost') {
      // A ceiling: nothing owed below it, and only the upper side of the band is closed.
      expect(r.low, at).toBe(-Infinity);
      expect(r.high, at).toBeGreaterThan(r.reportedValue);
      if (!above) expect(r.residual, at).toBe(0);
      else expect(r.residual, at).toBeGreaterThan(0);
    } else if (kind === 'atLeast') {
      expect(r.high, at).toBe(Infinity);
      expect(r.low, at).toBeLessThan(r.reportedValue);
      if (!below) expect(r.residual, at).toBe(0);
      else expect(r.residual, at).toBeLessThan(0);
    } else {
      expect(r.low, at).toBeLessThan(r.reportedValue);
      expect(r.high, at).toBeGreaterThan(r.reportedValue);
      expect(Math.sign(r.residual), at).toBe(above ? 1 : below ? -1 : 0);
    }
    // Met exactly when the residual is within one tolerance, i.e. when the model is inside the band.
    expect(r.met, at).toBe(Math.abs(r.residual) <= 1 + 1e-9);
    const slack = 1e-9 * Math.max(1, Math.abs(r.reportedValue));
    expect(r.met, at).toBe(r.model >= r.low - slack && r.model <= r.high + slack);
    expect(Number.isFinite(r.model), at).toBe(true);
    expect(Number.isFinite(r.residual), at).toBe(true);
  }
}

describe('calibration', () => {
  const rows = calibrationTable();

  it('has one row per compared facts-ledger row, in ledger order', () => {
    expect(rows.map((r) => r.id)).toEqual(compared.map((f) => f.id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every row its source with a URL, a date no later than today, a class, and the comparison in words', () => {
    for (const r of rows) {
      const fact = compared.find((f) => f.id === r.id)!;
      expect(r.source.length, r.id).toBeGreaterThan(5);
      expect(r.source, r.id).toContain(fact.source.publisher);
      // (facts.test.ts holds the ledger to https.)
      expect(r.url, r.id).toMatch(/^https?:\/\/\S+$/);
      expect(r.url, r.id).toBe(fact.source.url);
      expect(r.date, r.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(r.date <= TODAY, `${r.id}: reported ${r.date}`).toBe(true);
      expect(['filing', 'press', 'estimate'], r.id).toContain(r.class);
      expect(r.class, r.id).toBe(fact.class);
      expect(r.secondaryOnly, r.id).toBe(!!fact.secondaryOnly);
      expect(['usdBn', 'fraction', 'ratio'], r.id).toContain(r.unit);
      expect(r.label.length, r.id).toBeGreaterThan(5);
      expect(r.reported.length, r.id).toBeGreaterThan(5);
      expect(r.likeForLike.length, r.id).toBeGreaterThan(5);
      expect(r.low, r.id).toBeLessThan(r.high);
    }
  });

  for (const row of calibrationTable()) {
    it(`Public data meets “${row.label}” (${row.id})`, () => {
      expect(row.met, `${row.id}: model ${row.model} outside [${row.low}, ${row.high}] (${row.reported}; residual ${row.residual})`).toBe(true);
    });
  }

  it('keeps residual, band and verdict consistent: 0 on a bound’s allowed side, met exactly when |residual| ≤ 1', () => {
    expectConsistent(rows, 'Public data');
    expectConsistent(calibrationTable({ ...defaultScenario(), 'market.spend2025': 400 }), 'spend 400');
    expectConsistent(calibrationTable({ ...defaultScenario(), 'market.spend2025': 50, 'market.growthNear': -20 }), 'spend 50');
    expectConsistent(calibrationTable(applyPreset('seed')), 'Seed thesis');
    expectConsistent(calibrationTable(applyPreset('renegotiated')), 'Contracts renegotiated');
  });

  it('is the same whether given a scenario or nothing, and moves with the scenario', () => {
    expect(calibrationTable(defaultScenario())).toEqual(rows);
    // Far from the facts: twice the world's 2025 compute overshoots what the labs and clouds reported.
    const bigger = calibrationTable({ ...defaultScenario(), 'market.spend2025': 400 });
    const openaiBill = bigger.find((r) => r.id === 'openai-cloud-bill-2025')!;
    expect(openaiBill.met).toBe(false);
    expect(openaiBill.residual).toBeGreaterThan(1);
    expect(bigger.filter((r) => !r.met).length).toBeGreaterThan(3);
    // The Seed thesis keeps OpenAI on Azure alone, which moves compute the reports and contracts put elsewhere.
    const seed = calibrationTable(applyPreset('seed'));
    expect(seed.some((r) => !r.met)).toBe(true);
    expect(seed.filter((r) => !r.met).map((r) => r.id)).toEqual(expect.arrayContaining(['contract-openai-oracle-300']));
  });

  it('counts each pair’s contracts once in the fit, and carries the committed fit’s residuals and attributions', () => {
    const fittedIds = rows.filter((r) => r.fitted).map((r) => r.id);
    expect(new Set(fittedIds)).toEqual(new Set(Object.keys(fitted.residuals)));
    const figures = rows
      .filter((r) => r.fitted)
      .map((r) => compareOf(r.id).figure)
      .filter((f) => f.startsWith('contract.') || f === 'lease.azure');
    expect(new Set(figures).size).toBe(figures.length);
    const committed = fitted.residuals as Record<string, number>;
    const moved = fitted.movedBy as Record<string, string[]>;
    for (const r of rows) {
      // Public data is the fit's rounded values: its residuals are the ones fitted.json records (to 3 decimals).
      if (r.fitted) expect(Math.abs(r.residual - committed[r.id]!), r.id).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(r.movedBy, r.id).toEqual(moved[r.id] ?? []);
    }
  });
});

describe("the ledger note's check (numbers only, what the browser runs)", () => {
  it("gives every compared row the calibration table's figures, for every preset", () => {
    for (const presetId of ['public', 'seed', 'openai-dominance', 'open-weight', 'slowdown']) {
      const scenario = applyPreset(presetId);
      const result = evaluate(scenario);
      const table = calibrationTable(scenario, result);
      const check = ledgerCheck(result);
      expect(check.map((r) => [r.id, r.label, r.unit, r.model, r.low, r.high, r.met, r.residual])).toEqual(
        table.map((r) => [r.id, r.label, r.unit, r.model, r.low, r.high, r.met, r.residual]),
      );
    }
  });
});
