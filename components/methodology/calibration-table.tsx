import type { Fact, FitSummary } from '@/lib/engine';
import { factClassText, type CalibrationRowView } from '@/lib/view-models';
import { LEDGER_CONTEXT_PATH, withQuery } from './anchors';
import { TD_DOC, TableRegion } from '@/components/ui/table';

const COLUMNS = [
  { label: 'Reported figure', width: 'w-[16rem]' },
  { label: 'Reported (compared with)', width: 'w-[15rem]' },
  { label: 'Model', width: 'w-[9rem]' },
  { label: 'Residual (tolerances) and met?', width: 'w-[9rem]' },
  { label: 'Like for like?', width: 'w-[15rem]' },
  { label: 'Source, date and class', width: 'w-[13rem]' },
  { label: 'What the fit moved for it' },
];

/**
 * "The facts ledger": every reported figure the model is held to (model v3), the model's like-for-like value
 * for the scenario on screen, its residual in tolerances, whether it is met, the source and its class, and
 * which parameters the fit moved to meet it. Then how the fit was made, and the ledger's context rows.
 */
export function CalibrationTable({
  rows,
  scenarioName,
  fit,
  context,
  query = '',
}: {
  rows: readonly CalibrationRowView[];
  scenarioName: string;
  fit: FitSummary;
  context: readonly Fact[];
  /** The scenario's link query, carried by the link to the context rows' page. */
  query?: string;
}) {
  const met = rows.filter((r) => r.met).length;
  const topMoves = fit.moves.filter((m) => Math.abs(m.z) >= 0.2).slice(0, 6);
  return (
    <div>
      <p className="text-lg" data-testid="calibration-summary">
        <span className="figures font-semibold">{met}</span> of <span className="figures font-semibold">{rows.length}</span> reported figures met by{' '}
        <span className="font-semibold">{scenarioName}</span>.
        {met < rows.length ? ' Rows not met say how far the scenario is from the report, in tolerances.' : ''}
      </p>
      <div className="mt-4">
        <TableRegion
          label="Facts ledger table (scrolls sideways)"
          density="document"
          columns={COLUMNS}
          table={{ 'aria-labelledby': 'calibration-heading', className: 'min-w-[86rem] table-fixed', 'data-testid': 'calibration-table' }}
        >
          {rows.map((r) => (
            <tr key={r.id} id={`fact-${r.id}`} data-row={r.id} data-met={r.met}>
              <th scope="row" className={`${TD_DOC} text-left text-base font-medium`}>
                {r.label}
              </th>
              <td className={TD_DOC}>
                {r.reported}
                <span className="mt-0.5 block text-muted-foreground">Band: {r.bandText}</span>
              </td>
              <td className={TD_DOC}>
                <span className="figures text-base font-semibold">{r.modelText}</span>
                {r.modelNote && <span className="mt-0.5 block text-muted-foreground">{r.modelNote}</span>}
              </td>
              <td className={`${TD_DOC} font-semibold ${r.met ? 'text-positive' : 'text-negative'}`}>
                <span className="figures">{r.residualText}</span>
                <span className="mt-0.5 block font-normal">{r.verdictText}</span>
              </td>
              <td className={TD_DOC}>{r.likeForLike}</td>
              <td className={`${TD_DOC} break-words`}>
                <a href={r.url} className="underline underline-offset-4" rel="noopener noreferrer" target="_blank">
                  {r.source}
                </a>
                <span className="mt-0.5 block text-muted-foreground">
                  {r.date} · {r.classText}
                </span>
              </td>
              <td className={TD_DOC}>
                {r.movedBy.length > 0 ? (
                  <ul className="space-y-0.5">
                    {r.movedBy.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted-foreground">{r.fitted ? 'Met at the sourced values' : 'Counted once, on the pair’s first contract row'}</span>
                )}
              </td>
            </tr>
          ))}
        </TableRegion>
      </div>
      <h3 className="mt-8 text-xl font-semibold">How Public data was fitted</h3>
      <p className="mt-2 max-w-prose" data-testid="fit-summary">
        <code>npm run calibrate</code> fits {fit.moves.length} free parameters to the {fit.rowsTotal} ledger comparisons (a pair’s contracts counted once) by
        weighted least squares ({fit.optimiser}, {fit.iterations} iterations): each row’s residual in its tolerance, each parameter held near its sourced value
        by its plausible range, within the sliders’ bounds, values rounded to the sliders’ steps. Fitted on {fit.fittedOn} against ledger {fit.ledgerHash}; the
        squared residuals fell from {fit.costBefore} to {fit.costAfter}, and {fit.rowsMet} of {fit.rowsTotal} comparisons are met. Parameters no row informs
        keep their sourced values (they are listed with their source under “Every parameter”).
      </p>
      {topMoves.length > 0 && (
        <ul className="mt-3 max-w-prose list-disc space-y-1 pl-6" data-testid="fit-moves">
          {topMoves.map((m) => (
            <li key={m.id}>
              {m.label}: <span className="figures">{m.prior}</span> → <span className="figures font-semibold">{m.fitted}</span> ({Math.abs(m.z).toFixed(2)} of a
              half plausible range)
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-8 text-xl font-semibold">Context rows: reported, shown, not compared</h3>
      <p className="mt-2 max-w-prose">
        {context.length} more ledger rows have no like-for-like twin in the model (capex, backlogs, whole segments, stakes, capacity in gigawatts), so they
        inform the sourced values without being fitted:{' '}
        <a className="doc-link font-medium" href={withQuery(LEDGER_CONTEXT_PATH, query)}>
          the {context.length} context rows, each with its source
        </a>
        .
      </p>
    </div>
  );
}

/** The ledger's context rows (no like-for-like twin in the model), each with its source: /methodology/ledger-context. */
export function ContextRows({ context }: { context: readonly Fact[] }) {
  return (
    <div>
      <ul className="space-y-2" data-testid="context-rows">
        {context.map((f) => (
          <li key={f.id} id={`fact-${f.id}`} className="max-w-prose">
            <span className="font-medium">
              {f.entity}: {f.measure}, {f.period}
            </span>
            {f.value !== undefined ? ` — ${f.value} ${unitText(f.unit)}` : ''}. {f.note ?? ''}{' '}
            <a href={f.source.url} className="underline underline-offset-4" rel="noopener noreferrer" target="_blank">
              {f.source.publisher}
            </a>
            , {f.reportedOn} · {/* The class, as the compared rows say it (a new-user review found these rows without one). */}
            {factClassText(f.class, !!f.secondaryOnly)}.
          </li>
        ))}
      </ul>
    </div>
  );
}

function unitText(unit: Fact['unit']): string {
  switch (unit) {
    case 'usdBn':
      return 'USD bn';
    case 'fraction':
      return '(fraction)';
    case 'gw':
      return 'GW';
    case 'millionH100e':
      return 'million H100e';
    case 'pct':
      return '%';
    default:
      return '';
  }
}
