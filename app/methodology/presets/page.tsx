import type { Metadata } from 'next';
import { presets } from '@/lib/engine';
import { toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { PresetValueTables } from '@/components/methodology/presets-section';
import { SubpageHeader } from '@/components/methodology/subpage-header';

export const metadata: Metadata = {
  title: 'Presets, value by value — Methodology — AI Infrastructure Economics Explorer',
  description: 'Each value the named scenarios of the AI Infrastructure Economics Explorer set, beside the public-data default it replaces.',
};

/** /methodology/presets: each annotated preset's values, one table each, at `#preset-<id>-values`. */
export default async function PresetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = canonicalQuery(decodeScenario(toQueryString(await searchParams)));
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <SubpageHeader query={query} title="Presets, value by value">
        <p className="text-muted-foreground">
          {presets.length} named scenarios, each applied on top of the public-data defaults. Those that depart from public data on purpose list each value they
          set here, beside the default it replaces.
        </p>
      </SubpageHeader>
      <div className="max-w-6xl">
        <PresetValueTables query={query} />
      </div>
    </main>
  );
}
