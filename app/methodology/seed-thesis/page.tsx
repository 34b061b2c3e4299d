import type { Metadata } from 'next';
import { toQueryString } from '@/lib/link/summary';
import { canonicalQuery, decodeScenario } from '@/lib/scenario';
import { SeedClaims } from '@/components/methodology/seed-claims';
import { SubpageHeader } from '@/components/methodology/subpage-header';

export const metadata: Metadata = {
  title: 'The seed thesis, checked — Methodology — AI Infrastructure Economics Explorer',
  description: 'The factual claims of the articles that prompted the AI Infrastructure Economics Explorer, each checked against public reporting.',
};

/** /methodology/seed-thesis: the seed articles' claims against public data, then the articles. */
export default async function SeedThesisPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = canonicalQuery(decodeScenario(toQueryString(await searchParams)));
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <SubpageHeader query={query} title="The seed thesis, checked">
        <p className="text-muted-foreground">
          The articles that prompted this model argue that Azure, by hosting every frontier model, captures AI spend whichever model wins. Here is how their
          factual claims hold up against public reporting. None of their unconfirmed figures is in Public data: they live in the Seed thesis preset, each
          labelled.
        </p>
      </SubpageHeader>
      <div className="max-w-6xl">
        <SeedClaims query={query} />
      </div>
    </main>
  );
}
