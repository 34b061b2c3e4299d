import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GROUPS, GROUP_DESCRIPTIONS } from '@/lib/engine';
import { toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { PARAMETERS_PATH, groupFromSlug, groupHref, groupSlug, parametersInGroup } from '@/components/methodology/anchors';
import { ParameterGroupTable } from '@/components/methodology/parameter-groups';
import { LINK } from '@/components/methodology/section';
import { SubpageHeader } from '@/components/methodology/subpage-header';

type Params = Promise<{ group: string }>;

export function generateStaticParams() {
  return GROUPS.map((group) => ({ group: groupSlug(group) }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const group = groupFromSlug((await params).group);
  return {
    title: `${group ?? 'Unknown group'} parameters — Methodology — AI Infrastructure Economics Explorer`,
    description: group
      ? `${group}: ${GROUP_DESCRIPTIONS[group]} Each input's value, plausible range, slider bounds, link key, source, date and confidence.`
      : undefined,
  };
}

/**
 * /methodology/parameters/<group>: one registry group's table, every row at `#param-<id>` (each (i) on the
 * dashboard links to its row here). One group a page, so an (i) click loads tens of rows, not every one.
 */
export default async function ParameterGroupPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const group = groupFromSlug((await params).group);
  if (!group) notFound();
  const query = canonicalQuery(decodeScenario(toQueryString(await searchParams)));
  const suffix = query ? `?${query}` : '';
  const n = parametersInGroup(group).length;
  const at = GROUPS.indexOf(group);
  const next = GROUPS[at + 1];
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <SubpageHeader query={query} title={`${group} parameters`}>
        <p className="text-muted-foreground">
          {GROUP_DESCRIPTIONS[group]} {n} {n === 1 ? 'input' : 'inputs'}. The plausible range is what the figure could reasonably be; the slider bounds are what
          the dashboard accepts.
        </p>
        <nav aria-label="Parameter groups" className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-base">
          <Link className={LINK} href={`${PARAMETERS_PATH}${suffix}`}>
            All groups
          </Link>
          {GROUPS.map((g) =>
            g === group ? (
              <span key={g} aria-current="page" className="font-semibold">
                {g}
              </span>
            ) : (
              <Link key={g} className={LINK} href={`${groupHref(g)}${suffix}`}>
                {g}
              </Link>
            ),
          )}
        </nav>
      </SubpageHeader>
      <ParameterGroupTable group={group} />
      {next ? (
        <p className="mt-12 text-lg">
          Next:{' '}
          <Link className={`${LINK} font-semibold`} href={`${groupHref(next)}${suffix}`}>
            {next} parameters →
          </Link>
        </p>
      ) : null}
    </main>
  );
}
