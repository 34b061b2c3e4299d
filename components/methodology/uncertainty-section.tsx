/**
 * How the Risk view's figures are made (issue 10): what is drawn and how, what the odds' ± means, how the
 * tornado, the importance and the switching values are computed, and their limits. Generated from the
 * engine's settings and lists, so the page cannot drift from the code.
 */
import { DEFAULT_SIMULATION_SETTINGS, FAMILY_LABELS, PREVIEW_SAMPLES, SIMULATION_SETTINGS, parametersById, uncertaintyInputs } from '@/lib/engine';
import { formatSetting } from '@/lib/scenario';
import { PARAMETERS_PATH, parameterHref, withQuery } from './anchors';
import { LINK } from './section';
import { Cell, NumCell, Row, RowHeader, TableRegion } from '@/components/ui/table';

const SETTING_COLUMNS = ['Setting', 'URL key', { label: 'Default', numeric: true }, { label: 'Bounds', numeric: true }, 'What it does'];

function groupName(ids: readonly string[]): string {
  const first = parametersById.get(ids[0] ?? '');
  if (!first) return '';
  const [kind, ,] = first.id.split('.');
  if (kind?.startsWith('share')) return `Model shares, ${kind.slice(5)}`;
  const family = first.id.split('.')[1] as keyof typeof FAMILY_LABELS;
  return `Hosting of ${FAMILY_LABELS[family] ?? family}, ${kind?.slice(7)}`;
}

export function UncertaintySection({ query = '' }: { query?: string }) {
  const inputs = uncertaintyInputs();
  const c = DEFAULT_SIMULATION_SETTINGS.concentration;
  return (
    <div className="max-w-3xl space-y-5 text-base leading-relaxed">
      <h3 className="text-xl font-semibold">What is drawn</h3>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <strong>{inputs.triangular.length} parameters one by one</strong>, each from a triangular distribution whose peak is the scenario’s value and whose
          ends sit as far below and above it as the parameter’s plausible range sits around its default (the “Plausible range” column under{' '}
          <a className={LINK} href={withQuery(PARAMETERS_PATH, query)}>
            Every parameter
          </a>
          ), times the range width setting, within the slider’s bounds.
        </li>
        <li>
          <strong>{inputs.dirichletGroups.length} groups of weights together</strong>, from a Dirichlet distribution centred on the scenario’s shares, because
          shares that must add up to 100% cannot be drawn one by one: {inputs.dirichletGroups.map(groupName).join('; ')}. A share p varies by about
          √(p(1−p)/(c+1)) with concentration c; the default c = {c} gives a 15% share about ±5.6 points. The range width w scales it too (concentration c / w²).
          Rows with a single non-zero weight (Gemini runs only on Google Cloud) cannot vary.
        </li>
        <li>
          <strong>Held at the scenario’s values</strong>: 2025 model shares and hosting (reported history: lab cloud bills, Epoch AI’s counts) and the three
          strategies (choices, not estimates).
        </li>
      </ul>
      <p>
        Draws are independent of one another (no correlations between parameters are assumed). The generator is pure-rand’s xoroshiro128+, seeded from the link,
        so a link shows the same bands, odds and percentiles on every machine; draws are taken in a fixed order, so a {PREVIEW_SAMPLES}-draw preview (shown
        while a slider moves) is the first {PREVIEW_SAMPLES} draws of the full run.
      </p>

      <h3 className="text-xl font-semibold">What is shown</h3>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <strong>Bands</strong>: each year’s 5th, 25th, 50th (median), 75th and 95th percentile across draws (linear interpolation between order statistics).
          The percentiles of each year are taken apart, so the median line is not one draw’s path.
        </li>
        <li>
          <strong>Odds</strong>: the share of draws in which each hyperscaler hosts the most AI compute, over 2025-2031 together and in 2031 alone (and, folded
          away, with Other providers counted as one contender). The ± is the 95% sampling interval, 1.96 × √(p(1−p)/n) for n draws: how much the figure could
          move with another seed, not how uncertain the world is.
        </li>
        <li>
          <strong>Azure’s gap</strong>: Azure’s 2025-2031 hosted compute minus the larger of AWS’s and Google Cloud’s, per draw. It is positive exactly when
          Azure leads.
        </li>
      </ul>

      <h3 className="text-xl font-semibold">What moves the answer</h3>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <strong>One at a time (tornado)</strong>: every parameter with a range is set to the low and then the high end of its plausible range around the
          scenario’s value, everything else as it is; the bar runs between the two results, sorted by the size of the swing.
        </li>
        <li>
          <strong>All together (importance)</strong>: over every draw of the Monte Carlo, Spearman’s rank correlation between each drawn parameter and the
          figure; its square is the share of the figure’s rank variance that parameter explains alone. Unlike the tornado it sees assumptions moving together.
          If the squares add up to well under 100%, interactions matter. For “who leads” the figure is the leader’s hosted compute divided by the runner-up’s,
          so the market’s size, which scales both, does not pass for a driver.
        </li>
        <li>
          <strong>Switching values</strong>: for each number parameter alone, the nearest value within its slider’s bounds at which the conclusion changes
          (which hyperscaler hosts the most over 2025-2031; which is least exposed to which model family wins). The search looks at a quarter, half and all of
          the way to each bound (half and all for exposure), then bisects to the slider’s step and checks the value it reports. A conclusion that flips and
          flips back between two looked-at points can be missed. Distance is in widths of the parameter’s plausible range.
        </li>
      </ul>

      <h3 className="text-xl font-semibold">Settings (in the link)</h3>
      <TableRegion label="Simulation settings" hint={false} columns={SETTING_COLUMNS}>
        {SIMULATION_SETTINGS.map((s) => (
          <Row key={s.id} className="align-top">
            <RowHeader sticky>{s.label}</RowHeader>
            <Cell className="py-1.5 font-mono">{s.key}</Cell>
            <NumCell className="py-1.5">{formatSetting(s, s.default)}</NumCell>
            <NumCell className="whitespace-nowrap py-1.5">
              {formatSetting(s, s.min)} to {formatSetting(s, s.max)}
            </NumCell>
            <Cell className="py-1.5">{s.description}</Cell>
          </Row>
        ))}
      </TableRegion>
      <p className="text-sm text-muted-foreground">
        Parameters drawn one by one:{' '}
        {inputs.triangular.map((id, i) => (
          <span key={id}>
            {i > 0 ? ', ' : ''}
            <a className={LINK} href={parameterHref(id, query)}>
              {parametersById.get(id)?.label}
            </a>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
