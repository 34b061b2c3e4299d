import type { Metadata } from 'next';
import { GROUPS, parameters } from '@/lib/engine';
import { toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { groupAnchorId } from '@/components/methodology/anchors';
import { ParameterGroups } from '@/components/methodology/parameter-groups';
import { LINK } from '@/components/methodology/section';
import { SubpageHeader } from '@/components/methodology/subpage-header';

export const metadata: Metadata = {
  title: 'Every parameter — Methodology — AI Infrastructure Economics Explorer',
  description: 'Every input of the AI Infrastructure Economics Explorer: its value, plausible range, slider bounds, URL key, source, date and confidence.',
};

/**
 * /methodology/parameters: the registry's every input, one table per group, each row at
 * `#param-<id>` (what each (i) on the dashboard links to). Its own page, so /methodology's first response
 * does not carry ~200 rows.
 */
export default async function ParametersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = canonicalQuery(decodeScenario(toQueryString(await searchParams)));
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <SubpageHeader query={query} title="Every parameter">
        <p className="text-muted-foreground">
          All {parameters.length} inputs, in {GROUPS.length} groups. The plausible range is what the figure could reasonably be; the slider bounds are
          what the dashboard accepts. Rows marked advanced are folded away but searchable.
        </p>
        <nav aria-label="Groups" className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-base">
          {GROUPS.map((group) => (
            <a key={group} className={LINK} href={`#${groupAnchorId(group)}`}>
              {group}
            </a>
          ))}
        </nav>
      </SubpageHeader>
      <ParameterGroups />
    </main>
  );
}
