import type { Metadata } from 'next';
import Link from 'next/link';
import { GROUPS, GROUP_DESCRIPTIONS, parameters } from '@/lib/engine';
import { toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { groupHref, movedParameterAnchors, parametersInGroup } from '@/components/methodology/anchors';
import { MovedAnchor } from '@/components/methodology/moved-anchor';
import { LINK } from '@/components/methodology/section';
import { SubpageHeader } from '@/components/methodology/subpage-header';

export const metadata: Metadata = {
  title: 'Every parameter — Methodology — AI Infrastructure Economics Explorer',
  description:
    'Every input of the AI Infrastructure Economics Explorer, by group: its value, plausible range, slider bounds, URL key, source, date and confidence.',
};

/**
 * /methodology/parameters: the registry's groups, each a page of its own (/methodology/parameters/<group>)
 * with a table whose every row sits at `#param-<id>` (what each (i) on the dashboard links to). A link to
 * this page with a row's or group's anchor, made when every parameter was on it, is forwarded to the group.
 */
export default async function ParametersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = canonicalQuery(decodeScenario(toQueryString(await searchParams)));
  const suffix = query ? `?${query}` : '';
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <MovedAnchor moved={movedParameterAnchors()} />
      <SubpageHeader query={query} title="Every parameter">
        <p className="text-muted-foreground">
          All {parameters.length} inputs, in {GROUPS.length} groups, each group on a page of its own: its value, plausible range, slider bounds, link key,
          source, date and confidence. The plausible range is what the figure could reasonably be; the slider bounds are what the dashboard accepts.
        </p>
      </SubpageHeader>
      <nav aria-label="Parameter groups" className="max-w-3xl">
        <ul className="divide-y divide-border border-y border-border">
          {GROUPS.map((group) => {
            const n = parametersInGroup(group).length;
            return (
              <li key={group} className="py-4">
                <Link className={`${LINK} text-xl font-semibold`} href={`${groupHref(group)}${suffix}`}>
                  {group}
                </Link>{' '}
                <span className="figures text-muted-foreground">
                  · {n} {n === 1 ? 'parameter' : 'parameters'}
                </span>
                <p className="mt-1 text-muted-foreground">{GROUP_DESCRIPTIONS[group]}</p>
              </li>
            );
          })}
        </ul>
      </nav>
    </main>
  );
}
