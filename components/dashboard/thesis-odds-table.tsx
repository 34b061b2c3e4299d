import type { ThesisOddsRow } from '@/lib/view-models';
import { cx } from '@/components/ui/cx';

/**
 * Each hyperscaler's odds on the headline's two conclusions (rows from `thesisOddsRows`): under the
 * headline, one click away, and in the Risk view's thesis card. Each cell carries its probability
 * (`data-p`), which the e2e tests hold to the headline's words; a cell whose odds are still being drawn
 * (thesisOddsPendingRows) has none.
 */
export function ThesisOddsTable({
  rows,
  leadsLabel,
  leastLabel,
  caption,
  className,
  testId,
}: {
  rows: readonly ThesisOddsRow[];
  leadsLabel: string;
  leastLabel: string;
  caption?: string;
  className?: string;
  testId: string;
}) {
  return (
    <table className={cx('figures mt-2 text-sm', className)} data-testid={testId}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className="text-left text-muted-foreground">
          <th scope="col" className="pr-4 font-medium">
            Cloud
          </th>
          <th scope="col" className="pr-4 font-medium">
            {leadsLabel}
          </th>
          <th scope="col" className="font-medium">
            {leastLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.cloud} data-cloud={r.cloud}>
            <th scope="row" className="pr-4 text-left font-medium">
              {r.label}
            </th>
            <td className={cx('pr-4', r.leads.p === null && 'text-muted-foreground')} data-p={r.leads.p ?? undefined}>
              {r.leads.text}
            </td>
            <td className={cx(r.leastExposed.p === null && 'text-muted-foreground')} data-p={r.leastExposed.p ?? undefined}>
              {r.leastExposed.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
