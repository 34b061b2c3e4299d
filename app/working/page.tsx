import type { Metadata } from 'next';
import Link from 'next/link';
import { YEARS, evaluate } from '@/lib/engine';
import { formatPct, formatUsdBnFine } from '@/lib/format';
import { describeScenario, toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { stepsLabel, workingSteps, type WorkingRow } from '@/lib/view-models';
import { TD_DOC, TableRegion } from '@/components/ui/table';

/** The measure, each year, then the 2025-2031 total. */
const COLUMNS = ['Measure', ...[...YEARS.map(String), '2025-2031'].map((label) => ({ label, numeric: true }))];

export const metadata: Metadata = {
  title: 'The working — AI Infrastructure Economics Explorer',
  description: 'Every step of the model, year by year, for one scenario: the intermediate values behind each figure, with a CSV.',
};

function cell(r: WorkingRow, v: number): string {
  if (!Number.isFinite(v)) return '—';
  switch (r.unit) {
    case 'usdBn':
      return formatUsdBnFine(v);
    case 'fraction':
      return formatPct(v, 1);
    case 'ratio':
      return v.toFixed(4);
    case 'year':
      return String(v);
  }
}

/**
 * /working: the intermediate values of every step for the scenario in the link, so any figure on the
 * dashboard can be checked by hand. A server component: nothing computed in the browser.
 */
export default async function WorkingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const decoded = decodeScenario(toQueryString(await searchParams));
  // The whole link back, not only the scenario: "← Dashboard" dropped the pinned baseline, Compare's columns
  // and the story (a new-user review), as methodology's link back keeps them.
  const query = canonicalQuery(decoded);
  const result = evaluate(decoded.scenario);
  const described = describeScenario(decoded);
  const steps = workingSteps(result);
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 sm:px-6 sm:py-12 lg:px-8">
      <Link href={query ? `/?${query}` : '/'} className="text-base font-medium text-muted-foreground hover:text-foreground">
        <span aria-hidden="true">←</span> Dashboard
      </Link>
      <h1 className="mt-6 text-4xl font-bold tracking-tight">The working</h1>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed">
        Every step of the model, year by year, for <span className="font-semibold">{described.label}</span>. Figures are shown to one decimal so they can be
        added up by hand; the formulas are on the{' '}
        <Link href={`/methodology${query ? `?${query}` : ''}#how-the-model-works`} className="underline underline-offset-4">
          methodology page
        </Link>
        .
      </p>
      <p className="mt-3">
        <a href={`/api/working${query ? `?${query}` : ''}`} download className="font-semibold underline underline-offset-4" data-testid="working-csv">
          Download the working as CSV
        </a>
      </p>
      <nav aria-label="Steps" className="mt-6 flex flex-wrap gap-x-5 gap-y-1 text-base">
        {steps.map((s) => (
          <a key={s.id} href={`#${s.id}`} className="underline underline-offset-4">
            {stepsLabel(s.steps)}: {s.title}
          </a>
        ))}
      </nav>
      <div className="mt-10 space-y-12">
        {steps.map((s) => (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className="scroll-mt-6">
            <h2 id={`${s.id}-heading`} className="text-2xl font-semibold">
              {stepsLabel(s.steps)}: {s.title}
            </h2>
            <p className="mt-2 max-w-4xl text-muted-foreground">{s.note}</p>
            <div className="mt-4 space-y-6">
              {s.tables.map((t) => (
                <div key={t.id} id={t.id} className="scroll-mt-6">
                  <h3 id={`${t.id}-heading`} className="text-lg font-semibold">
                    {t.title}
                  </h3>
                  <div className="mt-2">
                    <TableRegion
                      label={`${s.title}: ${t.title} (scrolls sideways)`}
                      density="document"
                      columns={COLUMNS}
                      table={{ 'aria-labelledby': `${t.id}-heading`, className: 'min-w-[52rem]' }}
                    >
                      {t.rows.map((r) => (
                        <tr key={r.id} id={`row-${r.id.replaceAll('.', '-')}`} data-row={r.id}>
                          <th scope="row" className={`${TD_DOC} sticky left-0 bg-card text-left font-medium`}>
                            {r.label}
                          </th>
                          {r.values.map((v, i) => (
                            <td key={i} className={`${TD_DOC} figures text-right`}>
                              {cell(r, v)}
                            </td>
                          ))}
                          <td className={`${TD_DOC} figures text-right font-semibold`} data-total={r.total ?? ''}>
                            {r.total === undefined ? '' : cell(r, r.total)}
                          </td>
                        </tr>
                      ))}
                    </TableRegion>
                  </div>
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </main>
  );
}
