/**
 * The model figures the facts ledger is compared with, by id (model v3). Each reads one series (USD bn or a
 * fraction per year, 2025-2031) from a scenario's result; a ledger row names one and the years it covers.
 */
import { CLOUDS, FAMILIES, HYPERSCALERS, YEARS, type CloudId, type FamilyId } from '../ids';
import type { ScenarioResult } from '../evaluate';

type Series = (r: ScenarioResult) => readonly number[];

const hyperscalerHosted = (r: ScenarioResult, i: number) => HYPERSCALERS.reduce((s, c) => s + (r.clouds[c].hostedComputeUsdBn[i] as number), 0);
const EMPTY = [0, 0, 0, 0, 0, 0, 0];

function contractSeries(f: FamilyId, c: CloudId): Series {
  return (r) => r.commitments.find((k) => k.family === f && k.cloud === c)?.ownBillBeforeFloorUsdBn ?? r.families[f].ownBillUsdBn.map(() => 0);
}

/**
 * A contract figure's counterpart after step 11a: the lab's own bill on that cloud once the signed contracts
 * are honoured as floors. The ledger compares the bill before floors (would the lab's own demand fill the
 * contract?), so a row can miss while the floor honours it; readers are told both (`afterFloorsId`).
 */
function contractAfterSeries(f: FamilyId, c: CloudId): Series {
  return (r) => r.commitments.find((k) => k.family === f && k.cloud === c)?.ownBillUsdBn ?? r.families[f].ownBillUsdBn.map(() => 0);
}

/** The after-floors figure of a contract figure id, or null for any other figure. */
export function afterFloorsId(id: string): string | null {
  return id.startsWith('contract.') ? `contractAfter.${id.slice('contract.'.length)}` : null;
}

const FIGURES: Record<string, { label: string; series: Series }> = {
  'world.compute': { label: 'World AI compute (rental value, own use included)', series: (r) => r.totalComputeUsdBn },
  'world.inferenceShare': { label: 'Inference share of AI compute', series: (r) => r.inferenceFraction },
  'lease.azure': { label: 'Microsoft’s lease payments to neoclouds', series: (r) => r.leaseUsdBn },
  'neocloud.revenue': { label: 'Neocloud AI revenue (Other providers’ billed revenue + Microsoft’s leases)', series: (r) => r.neocloudRevenueUsdBn },
  'cloud.azure.modelIncome': { label: 'Microsoft’s revenue share from OpenAI (gross)', series: (r) => r.clouds.azure.revenueShareIncomeUsdBn },
};
for (const f of FAMILIES) {
  FIGURES[`family.${f}.compute`] = { label: `${f}: all compute`, series: (r) => r.families[f].computeUsdBn };
  FIGURES[`family.${f}.billed`] = { label: `${f}: billed compute`, series: (r) => r.families[f].billedComputeUsdBn };
  FIGURES[`family.${f}.ownBill`] = { label: `${f}: the lab’s own cloud bill`, series: (r) => r.families[f].ownBillUsdBn };
  FIGURES[`family.${f}.revenue`] = { label: `${f}: revenue`, series: (r) => r.families[f].revenueUsdBn };
  for (const c of CLOUDS) {
    FIGURES[`contract.${f}.${c}`] = { label: `${f}: own bill on ${c} before contract floors`, series: contractSeries(f, c) };
    FIGURES[`contractAfter.${f}.${c}`] = { label: `${f}: own bill on ${c} after contract floors`, series: contractAfterSeries(f, c) };
  }
}
for (const c of CLOUDS) {
  FIGURES[`cloud.${c}.hosted`] = { label: `${c}: AI compute hosted`, series: (r) => r.clouds[c].hostedComputeUsdBn };
  FIGURES[`cloud.${c}.revenue`] = { label: `${c}: cloud AI revenue`, series: (r) => r.clouds[c].revenueUsdBn };
  FIGURES[`cloud.${c}.billed`] = { label: `${c}: billed compute`, series: (r) => r.clouds[c].billedComputeUsdBn };
}
for (const c of HYPERSCALERS) {
  FIGURES[`split.${c}`] = {
    label: `${c}: share of the three hyperscalers’ AI compute`,
    series: (r) =>
      YEARS.map((_, i) => {
        const all = hyperscalerHosted(r, i);
        return all > 0 ? (r.clouds[c].hostedComputeUsdBn[i] as number) / all : 0;
      }),
  };
}

export function isFigureId(id: string): boolean {
  return id in FIGURES;
}

/** A figure over the given years, summed or averaged; 0 for an unknown id (the ledger test forbids those). */
export function figureValue(r: ScenarioResult, id: string, years: readonly number[], aggregate: 'sum' | 'mean' = 'sum'): number {
  const fig = FIGURES[id];
  const series = fig ? fig.series(r) : EMPTY;
  let sum = 0;
  let n = 0;
  for (const y of years) {
    const i = YEARS.indexOf(y);
    if (i < 0) continue;
    sum += series[i] as number;
    n++;
  }
  return aggregate === 'mean' ? (n > 0 ? sum / n : 0) : sum;
}
