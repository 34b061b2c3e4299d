import Link from 'next/link';
import { CLOUDS, CLOUD_DESCRIPTIONS, CLOUD_LABELS, GROUPS, MODEL_VERSION, YEARS, methodSteps, parameters, type Confidence } from '@/lib/engine';
import { SEED_CLAIMS_PATH, groupHref, joinWords, withQuery } from './anchors';
import { LINK, TEXT_WIDTH } from './section';
import { SECTIONS } from './sections';

const CONFIDENCE_ORDER: readonly Confidence[] = ['high', 'medium', 'low'];

export function PageHeader({ query = '' }: { query?: string }) {
  const dashboardHref = query ? `/?${query}` : '/';
  const firstYear = YEARS[0];
  const lastYear = YEARS.at(-1);
  const clouds = joinWords(CLOUDS.map((c) => CLOUD_LABELS[c]));
  const byConfidence = CONFIDENCE_ORDER.map((level) => `${parameters.filter((p) => p.confidence === level).length} ${level}`);

  return (
    <header className={`${TEXT_WIDTH} pb-10`}>
      <Link href={dashboardHref} className="inline-flex items-center gap-1 rounded-md text-base font-medium text-muted-foreground hover:text-foreground">
        <span aria-hidden="true">←</span> Dashboard
      </Link>
      <h1 className="mt-6 text-4xl font-bold tracking-tight sm:text-5xl">Methodology</h1>
      <p className="mt-5 max-w-3xl text-lg leading-relaxed sm:text-xl sm:leading-relaxed">
        The model (v{MODEL_VERSION}) computes how much of the world’s AI compute {clouds} host each year, {firstYear}-{lastYear}, own use included; what they
        earn on the part they bill (cloud AI revenue, gross profit and margin); what their owners earn from model families (model-layer income); custom-silicon
        savings; and a winner analysis of how each cloud’s hosted compute swings when a different model family wins. It runs in {methodSteps.length} steps over{' '}
        {parameters.length} parameters. Every figure carries a source and a confidence ({joinWords(byConfidence)}); “estimate” means derived here, not
        published.
      </p>
      <p className="mt-3 max-w-3xl text-base text-muted-foreground">
        “{CLOUD_LABELS.other}” is {CLOUD_DESCRIPTIONS.other.charAt(0).toLowerCase() + CLOUD_DESCRIPTIONS.other.slice(1)}. This page is generated from the
        model’s code and parameter registry, so it always matches what the dashboard computes.
      </p>

      <nav aria-label="On this page" className="mt-8 rounded-lg border border-border bg-muted/60 p-4 sm:p-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted-foreground">On this page</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-base">
          {Object.values(SECTIONS).map((section) => (
            <li key={section.id}>
              <a className={LINK} href={`#${section.id}`}>
                {section.title}
              </a>
              {section.id === SECTIONS.parameters.id ? (
                <span className="text-muted-foreground">
                  {' (own page): '}
                  {GROUPS.map((group, i) => (
                    <span key={group}>
                      {i > 0 ? ' · ' : null}
                      <a className={LINK} href={groupHref(group, query)}>
                        {group}
                      </a>
                    </span>
                  ))}
                </span>
              ) : null}
              {section.id === SECTIONS.seed.id ? (
                <span className="text-muted-foreground">
                  {': '}
                  <a className={LINK} href={withQuery(SEED_CLAIMS_PATH, query)}>
                    the claims
                  </a>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
