/**
 * The facts ledger (model v3, ECONOMICS.md "v3 rules" 1): every row dated, sourced and classed; every
 * comparison names a model figure and says why its tolerance; every contract has coherent terms; and the
 * committed fit (fitted.json) is what `fit()` gives for this ledger and registry (run `npm run calibrate`
 * after changing either).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { facts } from './ledger';
import { isFigureId } from './figures';
import { fit } from './fit';
import fitted from './fitted.json';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLedgerCore } from './core';
import { LEDGER_CORE } from './ledger-core.generated';

/** The day model v3 was fitted: no reported figure can be dated after it. */
const TODAY = '2026-12-07';
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_OR_DAY = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

describe('facts ledger', () => {
  it('gives every row a unique id', () => {
    const ids = facts.map((f) => f.id);
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says what each row is: entity, measure, period, a value or a low-high range, and a unit', () => {
    // Every row without a figure, named at once.
    // A range may be open at one end ("multibillion": at least $2B).
    expect(facts.filter((f) => f.value === undefined && !Number.isFinite(f.low) && !Number.isFinite(f.high)).map((f) => f.id)).toEqual([]);
    for (const f of facts) {
      expect(f.entity.trim().length, f.id).toBeGreaterThan(1);
      expect(f.measure.trim().length, f.id).toBeGreaterThan(1);
      expect(f.period.trim().length, f.id).toBeGreaterThan(1);
      expect(f.definition.trim().length, f.id).toBeGreaterThan(10);
      expect(['usdBn', 'fraction', 'ratio', 'gw', 'millionH100e', 'pct'], f.id).toContain(f.unit);
      if (f.value !== undefined) expect(Number.isFinite(f.value), f.id).toBe(true);
      else if (Number.isFinite(f.low) && Number.isFinite(f.high)) expect(f.low!, f.id).toBeLessThanOrEqual(f.high!);
      if (f.value !== undefined && f.low !== undefined && f.high !== undefined) {
        expect(f.value, f.id).toBeGreaterThanOrEqual(f.low);
        expect(f.value, f.id).toBeLessThanOrEqual(f.high);
      }
    }
  });

  it('dates every row (YYYY-MM-DD, never after today) and sources it: publisher, title, a web address and a date', () => {
    // Every offending row, named at once.
    expect(facts.filter((f) => !DAY.test(f.reportedOn) || f.reportedOn > TODAY).map((f) => `${f.id}: reportedOn ${f.reportedOn}`)).toEqual([]);
    // The address as the source was found (two stored pages are http only).
    expect(facts.filter((f) => !/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(f.source.url)).map((f) => `${f.id}: ${f.source.url}`)).toEqual([]);
    for (const f of facts) {
      for (const [i, s] of [f.source, ...(f.confirmedBy ?? [])].entries()) {
        const at = i === 0 ? `${f.id}: source` : `${f.id}: confirmedBy[${i - 1}]`;
        expect(s.publisher.trim().length, at).toBeGreaterThan(1);
        expect(s.title.trim().length, at).toBeGreaterThan(1);
        // A confirming page needs a web address too.
        expect(s.url, at).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/);
        expect(s.date, at).toMatch(MONTH_OR_DAY);
        expect(s.date <= TODAY, `${at}: dated ${s.date}`).toBe(true);
      }
      expect(['filing', 'press', 'estimate'], f.id).toContain(f.class);
    }
  });

  it('compares each compared row with a model figure that exists, over 2025-2031, within a positive tolerance, and says why', () => {
    let compared = 0;
    for (const f of facts) {
      if (f.compare === null) {
        // Context only: the page says why it is not fitted.
        expect(f.note?.trim().length ?? 0, `${f.id}: a context row says why in its note`).toBeGreaterThan(5);
        continue;
      }
      compared++;
      const c = f.compare;
      expect(isFigureId(c.figure), `${f.id}: ${c.figure}`).toBe(true);
      expect(c.years.length, f.id).toBeGreaterThan(0);
      for (const y of c.years) {
        expect(Number.isInteger(y), `${f.id}: ${y}`).toBe(true);
        expect(y, f.id).toBeGreaterThanOrEqual(2025);
        expect(y, f.id).toBeLessThanOrEqual(2031);
      }
      expect(new Set(c.years).size, `${f.id}: years once each`).toBe(c.years.length);
      expect(['target', 'atMost', 'atLeast'], f.id).toContain(c.kind);
      expect(c.tolerance, f.id).toBeGreaterThan(0);
      expect(Number.isFinite(c.tolerance), f.id).toBe(true);
      if (c.scale !== undefined) expect(c.scale, f.id).toBeGreaterThan(0);
      expect(c.why.trim().length, f.id).toBeGreaterThan(10);
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('gives every contract row coherent terms: a start no later than its end and a positive total', () => {
    const contracts = facts.filter((f) => f.contract);
    expect(contracts.length).toBeGreaterThan(0);
    for (const f of contracts) {
      const t = f.contract!;
      expect(['openai', 'anthropic', 'google', 'meta', 'mistral', 'other'], f.id).toContain(t.family);
      expect(['azure', 'aws', 'gcp', 'other'], f.id).toContain(t.cloud);
      expect(t.provider.trim().length, f.id).toBeGreaterThan(1);
      expect(Number.isInteger(t.startYear) && Number.isInteger(t.endYear), f.id).toBe(true);
      expect(t.startYear, f.id).toBeLessThanOrEqual(t.endYear);
      expect(t.totalUsdBn, f.id).toBeGreaterThan(0);
      if (t.ramp) {
        expect(t.ramp.length, `${f.id}: one ramp weight a year`).toBe(t.endYear - t.startYear + 1);
        for (const w of t.ramp) expect(w, f.id).toBeGreaterThanOrEqual(0);
        expect(
          t.ramp.some((w) => w > 0),
          f.id,
        ).toBe(true);
      }
      expect(t.rampNote.trim().length, f.id).toBeGreaterThan(5);
    }
  });

  it('covers 2025 and 2026: at least 40 rows about those years, both years among them', () => {
    const about = (f: (typeof facts)[number], year: string) => f.period.includes(year) || (f.compare?.years.includes(Number(year)) ?? false);
    expect(facts.filter((f) => about(f, '2025') || about(f, '2026')).length).toBeGreaterThanOrEqual(40);
    expect(facts.some((f) => about(f, '2025'))).toBe(true);
    expect(facts.some((f) => about(f, '2026'))).toBe(true);
  });
});

describe('the fit (fitted.json)', () => {
  it('is deterministic, and the committed fitted.json is its output for this ledger', () => {
    const first = fit();
    const second = fit();
    expect(second).toEqual(first);
    expect(fitted.parameters).toEqual(first.parameters);
    expect(fitted.residuals).toEqual(first.residuals);
    expect(fitted.priorResiduals).toEqual(first.priorResiduals);
    expect(fitted.movedBy).toEqual(first.movedBy);
    // The ledger it was fitted to: changing a row without re-running `npm run calibrate` fails here.
    expect(fitted.ledgerHash).toBe(createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16));
    expect(fitted.fittedOn <= TODAY).toBe(true);
  }, 60_000);

  it('ships its numbers to the browser as generated from it (npm run ledger:core after editing the ledger)', () => {
    // The dashboard reads contracts and the ledger note from ledger-core.generated.ts, not from ledger.ts:
    // a row edited in one and not regenerated would give the browser other contracts than the server.
    const committed = readFileSync(join(__dirname, 'ledger-core.generated.ts'), 'utf8');
    expect(committed).toBe(renderLedgerCore(facts));
    const usedIds = facts.filter((f) => f.compare !== null || f.contract).map((f) => f.id);
    expect(LEDGER_CORE.map((f) => f.id)).toEqual(usedIds);
    // No words beyond the label: the point of the module is its size.
    expect(committed).not.toMatch(/"(why|rampNote|definition|note|url|title)":/);
  });
});
