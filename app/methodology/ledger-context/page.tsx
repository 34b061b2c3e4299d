import type { Metadata } from 'next';
import { facts } from '@/lib/engine';
import { toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { ContextRows } from '@/components/methodology/calibration-table';
import { SubpageHeader } from '@/components/methodology/subpage-header';

export const metadata: Metadata = {
  title: 'The facts ledger’s context rows — Methodology — AI Infrastructure Economics Explorer',
  description: 'Reported figures the AI Infrastructure Economics Explorer shows but does not fit to: capex, backlogs, whole segments, stakes, capacity.',
};

/** /methodology/ledger-context: the ledger rows with no like-for-like twin in the model, at `#fact-<id>`. */
export default async function LedgerContextPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = canonicalQuery(decodeScenario(toQueryString(await searchParams)));
  const context = facts.filter((f) => f.compare === null);
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <SubpageHeader query={query} title="Context rows: reported, shown, not compared">
        <p className="text-muted-foreground">
          These {context.length} rows of the facts ledger have no like-for-like twin in the model (capex, backlogs, whole segments, stakes, capacity in
          gigawatts), so they inform the sourced values without being fitted.
        </p>
      </SubpageHeader>
      <div className="max-w-6xl">
        <ContextRows context={context} />
      </div>
    </main>
  );
}
