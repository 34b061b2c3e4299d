/**
 * Engine result -> "the working": the intermediate values of each methodology step, per year, for the
 * scenario on screen, so an analyst can check any figure by hand (the /working page and its CSV). Numbers
 * stay unrounded here; the page rounds them for reading, the CSV keeps 12 significant digits.
 */
import { CLOUDS, CLOUD_LABELS, FAMILIES, FAMILY_LABELS, HYPERSCALERS, type CloudId, type ScenarioResult } from '@/lib/engine';
import { csvCell } from './csv';
import { cloudRevenueShares } from './headline';
import { commitmentLabel } from './commitments';

export type WorkingUnit = 'usdBn' | 'fraction' | 'ratio' | 'year';

export interface WorkingRow {
  /** Stable id for anchors and the CSV ("azure.revenue"). */
  id: string;
  label: string;
  unit: WorkingUnit;
  /** One value per year, 2025-2031. */
  values: number[];
  /** The 2025-2031 figure where one is meaningful (sums of money; cumulative margin and share). */
  total?: number;
}

export interface WorkingTable {
  id: string;
  title: string;
  rows: WorkingRow[];
}

export interface WorkingStep {
  /** The methodology step numbers it shows. */
  steps: string;
  id: string;
  title: string;
  /** The formula in words, as on the methodology page. */
  note: string;
  tables: WorkingTable[];
}

/** A row; money rows carry their 2025-2031 sum as the total, as the cards show it. */
const row = (id: string, label: string, unit: WorkingUnit, values: readonly number[], total?: number): WorkingRow => ({
  id,
  label,
  unit,
  values: [...values],
  total: total ?? (unit === 'usdBn' ? values.reduce((s, v) => s + v, 0) : undefined),
});

function cloudTable(result: ScenarioResult, c: CloudId): WorkingTable {
  const x = result.clouds[c];
  const revenueShare = cloudRevenueShares(result, c);
  const rows: WorkingRow[] = [
    row(`${c}.hosted`, 'AI compute hosted (H)', 'usdBn', x.hostedComputeUsdBn),
    row(`${c}.share`, 'Share of the world’s AI compute', 'fraction', x.hostedShare, x.cumulative.hostedShare),
    row(`${c}.ownUse`, 'Own use (O)', 'usdBn', x.ownUseComputeUsdBn),
    row(`${c}.billed`, 'Billed compute (B = H − O)', 'usdBn', x.billedComputeUsdBn),
    row(`${c}.costRatio`, 'Cost per dollar hosted before silicon (C0/H)', 'ratio', x.costRatio),
    row(`${c}.savingsRatio`, 'Silicon savings per dollar hosted (Σ/H)', 'ratio', x.savingsRatio),
    row(`${c}.priceCut`, 'Price cut passed on (passThrough × Σ/H)', 'fraction', x.priceCut),
    row(`${c}.revenue`, 'Cloud AI revenue (B × (1 − cut))', 'usdBn', x.revenueUsdBn),
    row(`${c}.shareOfRevenue`, 'Share of all clouds’ AI revenue (÷ the four providers’ sum)', 'fraction', revenueShare.perYear, revenueShare.total),
    row(`${c}.costOfBilled`, 'Cost of billed compute (B × (C0 − Σ)/H)', 'usdBn', x.costOfBilledUsdBn),
    row(`${c}.cloudGrossProfit`, 'Cloud AI gross profit', 'usdBn', x.cloudGrossProfitUsdBn),
    row(
      `${c}.cloudGrossMargin`,
      'AI infrastructure gross margin, after depreciation (cloud AI gross profit ÷ revenue)',
      'fraction',
      x.cloudGrossMargin,
      x.cumulative.cloudGrossMargin,
    ),
    row(`${c}.ownUseCost`, 'Cost of own use (the owner’s)', 'usdBn', x.ownUseCostUsdBn),
  ];
  if (c !== 'other') {
    rows.push(
      row(`${c}.siliconAdoption`, 'Custom-silicon adoption', 'fraction', x.siliconAdoption),
      row(`${c}.siliconSavings`, 'Silicon savings, gross (Σ)', 'usdBn', x.siliconSavingsUsdBn),
      row(`${c}.siliconSavingsOwnUse`, 'of which on own use (kept)', 'usdBn', x.siliconSavingsOwnUseUsdBn),
      row(`${c}.siliconPassedOn`, 'Passed on to customers', 'usdBn', x.siliconPassedOnUsdBn),
      row(`${c}.siliconProgramme`, 'Silicon programme cost', 'usdBn', x.siliconProgrammeUsdBn),
      row(`${c}.siliconNet`, 'Net silicon savings', 'usdBn', x.siliconNetUsdBn),
    );
  }
  rows.push(
    row(`${c}.bookedModelProfit`, 'Model profit booked', 'usdBn', x.bookedModelProfitUsdBn),
    row(`${c}.revenueShare`, 'OpenAI revenue share received (gross, before what Microsoft pays back)', 'usdBn', x.revenueShareIncomeUsdBn),
    row(`${c}.modelLayerIncome`, 'Model-layer income', 'usdBn', x.modelLayerIncomeUsdBn),
    row(`${c}.companyGrossProfit`, 'Company AI gross profit', 'usdBn', x.companyGrossProfitUsdBn),
    row(`${c}.stakeExposure`, 'Stakes’ share of family gross profit (exposure)', 'usdBn', x.stakeExposureUsdBn),
  );
  return { id: `cloud-${c}`, title: CLOUD_LABELS[c], rows };
}

/** Every step's intermediate values for one evaluated scenario. */
export function workingSteps(result: ScenarioResult): WorkingStep[] {
  return [
    {
      steps: '1-2',
      id: 'market',
      title: 'The world’s AI compute and its inference share',
      note: 'S[y] grows at the near-term rate to 2027 and the long-term rate after; the inference share runs 2025 → 2026 → 2031.',
      tables: [
        {
          id: 'market',
          title: 'Market',
          rows: [
            row('market.compute', 'World AI compute (S)', 'usdBn', result.totalComputeUsdBn),
            row('market.inferenceShare', 'Inference share', 'fraction', result.inferenceFraction),
            row('market.inferenceCompute', 'Inference compute', 'usdBn', result.inferenceComputeUsdBn),
          ],
        },
      ],
    },
    {
      steps: '3, 9a',
      id: 'families',
      title: 'Model families: normalised shares, compute, billing and revenue',
      note: 'Weights normalised each year; compute = S × share; revenue = compute × the family’s revenue ratio; gross profit = revenue × model gross margin.',
      tables: FAMILIES.map((f) => {
        const x = result.families[f];
        return {
          id: `family-${f}`,
          title: FAMILY_LABELS[f],
          rows: [
            row(`family.${f}.share`, 'Share of the world’s AI compute', 'fraction', x.share),
            row(`family.${f}.compute`, 'Compute', 'usdBn', x.computeUsdBn),
            row(`family.${f}.billed`, 'Billed by clouds', 'usdBn', x.billedComputeUsdBn),
            row(`family.${f}.ownBill`, 'of which the lab’s own bill (end customers’ platform bills excluded)', 'usdBn', x.ownBillUsdBn),
            row(`family.${f}.ownUse`, 'Cloud owners’ own use', 'usdBn', x.ownUseComputeUsdBn),
            row(`family.${f}.revenue`, 'Revenue', 'usdBn', x.revenueUsdBn),
            row(`family.${f}.grossProfit`, 'Gross profit', 'usdBn', x.grossProfitUsdBn),
          ],
        };
      }),
    },
    {
      steps: '4-7',
      id: 'hosting',
      title: 'Where each family runs, after strategy access and price response',
      note: 'The share of each family’s compute on each cloud, after a vertical cloud’s access and the price response, renormalised; hosted = family compute × that share.',
      tables: FAMILIES.map((f) => ({
        id: `hosting-${f}`,
        title: FAMILY_LABELS[f],
        rows: CLOUDS.map((c) =>
          row(
            `${f}.${c}.hostingShare`,
            `On ${CLOUD_LABELS[c]}`,
            'fraction',
            result.clouds[c].capturedByFamilyUsdBn[f].map((v, i) => (result.families[f].computeUsdBn[i]! > 0 ? v / result.families[f].computeUsdBn[i]! : 0)),
          ),
        ),
      })),
    },
    {
      steps: '11',
      id: 'contracts',
      title: 'Signed contracts: schedules, the lab’s own bill, and where a floor lifted it',
      note: `Each pair’s contracts (facts ledger) bill on a yearly schedule; ${Math.round(result.contractsTakenFraction * 100)}% of it is taken. Where the lab’s own bill on that cloud falls short, the floor moves its own compute there from its other clouds (the world’s and the family’s compute are unchanged); what its whole compute cannot cover is unmet. Microsoft’s neocloud leases are Azure’s compute, counted once, and part of what neoclouds report.`,
      tables: [
        ...result.commitments.map((k) => ({
          id: `contract-${k.family}-${k.cloud}`,
          title: `${commitmentLabel(k.family, k.cloud)}, ${k.startYear}-${k.endYear}`,
          rows: [
            row(`${k.family}.${k.cloud}.schedule`, 'Contract schedule', 'usdBn', k.scheduleUsdBn),
            row(`${k.family}.${k.cloud}.ownBillBefore`, 'Lab’s own bill there, before the floor', 'usdBn', k.ownBillBeforeFloorUsdBn),
            row(`${k.family}.${k.cloud}.floorApplied`, 'Lifted by the floor', 'usdBn', k.floorAppliedUsdBn),
            row(`${k.family}.${k.cloud}.ownBill`, 'Lab’s own bill there, after the floor', 'usdBn', k.ownBillUsdBn),
            row(`${k.family}.${k.cloud}.unmet`, 'Unmet: more than the family’s compute can cover', 'usdBn', k.unmetUsdBn),
          ],
        })),
        {
          id: 'leases',
          title: 'Microsoft’s capacity leased from neoclouds',
          rows: [
            row('lease.azure', 'Lease payments (counted under Azure)', 'usdBn', result.leaseUsdBn),
            row('neocloud.revenue', 'Neocloud AI revenue as reported (Other providers’ revenue + leases)', 'usdBn', result.neocloudRevenueUsdBn),
          ],
        },
      ],
    },
    {
      steps: '8-10, 12',
      id: 'clouds',
      title: 'Each cloud: own use and billed compute, revenue, cost, margin, silicon and model-layer income',
      note: 'C0/H = (1 − margin) × (0.75 / utilisation) / (1 + premium); Σ/H = C0/H × compute share × adoption × cost cut; revenue and gross profit on billed compute only.',
      tables: [...HYPERSCALERS, 'other' as const].map((c) => cloudTable(result, c)),
    },
  ];
}

/**
 * 12 significant digits: far below any input's precision, and free of binary noise (0.6960000000000001). The
 * working keeps every digit a step carries; the cards' CSVs (csv.ts, csvNumber) round to 4 decimals.
 */
function fullPrecision(v: number): string {
  return String(Number(v.toPrecision(12)));
}

/** The working as CSV, one line per step, table, measure and year; values unrounded. */
export function workingCsv(result: ScenarioResult): string {
  const lines = ['step,table,measure_id,measure,unit,year,value'];
  // The 2025-2031 figure is written as year "2025-2031".
  for (const step of workingSteps(result)) {
    for (const table of step.tables) {
      for (const r of table.rows) {
        const unit = r.unit === 'usdBn' ? 'USD bn' : r.unit;
        r.values.forEach((v, i) => {
          lines.push([step.steps, table.title, r.id, r.label, unit, String(result.years[i]), fullPrecision(v)].map(csvCell).join(','));
        });
        if (r.total !== undefined) lines.push([step.steps, table.title, r.id, r.label, unit, '2025-2031', fullPrecision(r.total)].map(csvCell).join(','));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** "Step 11", "Steps 1-2", "Steps 3, 9a": a section of the working named by its steps (one step: singular). */
export function stepsLabel(steps: string): string {
  return /[-,]/.test(steps) ? `Steps ${steps}` : `Step ${steps}`;
}
