import type { Metadata } from 'next';
import Link from 'next/link';
import { GROUPS, MAX_GROUPS, MODEL_VERSION, YEARS, calibrationTable, facts, fitSummary, parameters, presets, seedClaims } from '@/lib/engine';
import { describeScenario, toQueryString } from '@/lib/link/summary';
import { decodeScenario, canonicalQuery } from '@/lib/scenario';
import { calibrationRowsView } from '@/lib/view-models';
import { CalibrationTable } from '@/components/methodology/calibration-table';
import { Changelog } from '@/components/methodology/changelog';
import { MethodSteps } from '@/components/methodology/method-steps';
import { PageHeader } from '@/components/methodology/page-header';
import { MovedAnchor } from '@/components/methodology/moved-anchor';
import { PARAMETERS_PATH, SEED_CLAIMS_PATH, groupHref, movedAnchors, parametersInGroup } from '@/components/methodology/anchors';
import { LINK } from '@/components/methodology/section';
import { CLAIM_STATUSES, claimStatusLabel } from '@/components/ui/badges';
import { PresetsSection } from '@/components/methodology/presets-section';
import { Section } from '@/components/methodology/section';
import { SECTIONS } from '@/components/methodology/sections';
import { ScenarioFileSection } from '@/components/methodology/scenario-file-section';
import { UncertaintySection } from '@/components/methodology/uncertainty-section';
import { formatCount } from '@/lib/format';

export const metadata: Metadata = {
  title: 'Methodology — AI Infrastructure Economics Explorer',
  description:
    'How the AI Infrastructure Economics Explorer computes the AI compute each cloud hosts, its cloud AI revenue and margin, model-layer income and silicon savings; how it compares with what was reported; the source and confidence of every parameter.',
};

/**
 * /methodology: why a number is what it is. Server components, generated from the engine's descriptions
 * (lib/engine/methodology.ts), its presets and the parameter registry; the only client code forwards old
 * `#param-…` links to the parameters' own page. The long tables (every parameter, the seed claims) are
 * pages of their own (/methodology/parameters, /methodology/seed-thesis), so this first response carries
 * the summary, the steps and the facts ledger in well under 400 KB.
 */
export default async function MethodologyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The dashboard links here with its scenario; "← Dashboard" takes the reader back to the same one.
  const decoded = decodeScenario(toQueryString(await searchParams));
  const query = canonicalQuery(decoded);
  const described = describeScenario(decoded);
  const scenarioName = described.changed > 0 ? `${described.label} (the scenario on the dashboard)` : described.label;
  const calibration = calibrationRowsView(calibrationTable(decoded.scenario));
  const suffix = query ? `?${query}` : '';
  const context = facts.filter((f) => f.compare === null);
  const seedTally = CLAIM_STATUSES.map((status) => [status, seedClaims.filter((c) => c.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${claimStatusLabel(status).toLowerCase()}`)
    .join(', ');
  return (
    <main className="mx-auto w-full max-w-[90rem] px-4 py-8 text-base sm:px-6 sm:py-12 lg:px-8">
      <MovedAnchor moved={movedAnchors(context.map((f) => f.id))} />
      <PageHeader query={query} />
      <div className="space-y-14">
        <Section
          section={SECTIONS.steps}
          lead={`The model runs these steps for every year, ${YEARS[0]}-${YEARS.at(-1)}. Each names the parameters it reads; follow a name to its value, range and source.`}
        >
          <p className="mb-6 text-lg">
            <Link href={`/working${query ? `?${query}` : ''}`} className="font-semibold underline underline-offset-4">
              See every step worked out, year by year, for the scenario on the dashboard
            </Link>{' '}
            (with a CSV).
          </p>
          <MethodSteps query={query} />
        </Section>
        <Section
          section={SECTIONS.calibration}
          wide
          lead="Model v3 holds the model to a facts ledger: every reported figure it is compared with, one dated and sourced row each (company results and filings, the labs’ revenue, compute bills and spending plans, every signed compute contract with its term and ramp, neocloud results), with how the model’s figure is compared like for like and within what tolerance. Public data is fitted to these rows (below the table: how), and the table shows, for the scenario on screen, each row’s residual in tolerances and whether it is met. A scenario far from the facts shows it here and in the dashboard’s note."
        >
          <CalibrationTable rows={calibration} scenarioName={scenarioName} fit={fitSummary()} context={context} query={query} />
        </Section>
        <Section
          section={SECTIONS.uncertainty}
          lead="Every default is an estimate, most of low or medium confidence. The dashboard’s Risk view draws thousands of scenarios around the one on screen and shows the range of outcomes, the odds each hyperscaler hosts the most, what moves the answer and what it would take to change it. This is how."
        >
          <UncertaintySection query={query} />
        </Section>
        <Section
          section={SECTIONS.comparison}
          lead="Pin a scenario as the baseline (A) and every chart shows it as a dashed ghost, every card its change against it; the Compare view sets A beside the scenario on screen (B) and says why they differ."
        >
          <div className="max-w-3xl space-y-3 text-base leading-relaxed">
            <p>
              <strong>Attribution.</strong> The difference in a figure, B − A, is split among the assumptions that differ by exact Shapley values: every subset
              of the changed assumptions is evaluated (B’s values for those in the subset, A’s for the rest), and each assumption gets its marginal effect
              averaged over every order of applying the changes. The bars therefore add up exactly to B − A, no order is privileged, an assumption that cannot
              move the figure gets exactly zero, and swapping A and B negates every bar.
            </p>
            <p>
              <strong>Grouping.</strong> Up to {MAX_GROUPS} changed assumptions are shown one by one ({formatCount(2 ** MAX_GROUPS)} evaluations at most). With
              more, they are grouped finely (a year’s model shares, a family’s hosting or own use, a cloud’s silicon or commitments) when that gives at most{' '}
              {MAX_GROUPS} groups, and by the groups of this page otherwise; the view says which.
            </p>
            <p>
              <strong>In words.</strong> The sentences compare who hosts the most over 2025-2031, the first year from which one hyperscaler stays ahead of
              another in hosted compute through 2031, who is least exposed to which model family wins, and the largest move in company AI gross profit.
            </p>
          </div>
        </Section>
        <Section
          section={SECTIONS.images}
          lead="Each chart of the Strategies, Model shares, Custom silicon and Commitments views can be downloaded as an image or shown live in another page, from its Export menu."
        >
          <div className="max-w-3xl space-y-3 text-base leading-relaxed">
            <p>
              <strong>Images</strong> are drawn on the server from the scenario’s link alone, with the same chart code and figures as the dashboard, so one link
              gives the same picture to everyone: the light theme, text in Noto Sans shipped with the site (SIL Open Font License), a PNG at 2400×1350 for
              slides or an SVG whose text stays text. Each carries its title, units, legend, the model version and scenario it was drawn for, where the figures
              come from and the scenario’s link. A value the link could not use is named on the image, and the rest of the link is drawn.
            </p>
            <p>
              <strong>Embeds</strong> show one live chart, or the headline cards, for a scenario, with a link back to it; they are the only pages other sites
              may show in a frame. The Risk and Compare views’ charts are not offered as images or embeds: they come from thousands of evaluations run in your
              browser.
            </p>
          </div>
        </Section>
        <Section
          section={SECTIONS.seed}
          lead="The articles that prompted this model argue that Azure, by hosting every frontier model, captures AI spend whichever model wins. Their factual claims are checked one by one against public reporting. None of their unconfirmed figures is in Public data: they live in the Seed thesis preset, each labelled."
        >
          <p className="text-lg">
            <Link href={`${SEED_CLAIMS_PATH}${suffix}`} className="font-semibold underline underline-offset-4">
              The {seedClaims.length} claims, checked against public data
            </Link>
            : {seedTally}.
          </p>
        </Section>
        <Section
          section={SECTIONS.presets}
          lead={`${presets.length} named scenarios, each applied on top of the public-data defaults. The dashboard offers them as starting points.`}
        >
          <PresetsSection query={query} />
        </Section>
        <Section
          section={SECTIONS.parameters}
          wide
          lead={`All ${parameters.length} inputs, in ${GROUPS.length} groups, each group on a page of its own: each (i) on the dashboard opens its row there. The plausible range is what the figure could reasonably be; the slider bounds are what the dashboard accepts.`}
        >
          <p className="text-lg">
            <Link href={`${PARAMETERS_PATH}${suffix}`} className="font-semibold underline underline-offset-4">
              Every parameter: value, range, bounds, source, date and confidence
            </Link>
            , by group:
          </p>
          <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-base">
            {GROUPS.map((group) => (
              <li key={group}>
                <Link className={LINK} href={`${groupHref(group)}${suffix}`}>
                  {group}
                </Link>{' '}
                <span className="figures text-muted-foreground">({parametersInGroup(group).length})</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section
          section={SECTIONS.files}
          lead="The dashboard’s Export menu saves the scenario on screen as a JSON file, reads one back, and prints the view on one page."
        >
          <ScenarioFileSection />
        </Section>
        <Section
          section={SECTIONS.changelog}
          lead={`The model is at v${MODEL_VERSION}. A link made with an earlier model keeps every assumption it set and says so when it opens.`}
        >
          <Changelog />
        </Section>
      </div>
    </main>
  );
}
