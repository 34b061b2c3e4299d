import type { CalibrationRowView } from '@/lib/view-models';
import { ScrollTable, TD, TH_COL } from './scroll-table';

/**
 * "How the model compares with what was reported": each 2025 (and 2026) target, the model's value for the
 * scenario on screen, the reported figure, whether the two are defined alike, and whether it is met.
 */
export function CalibrationTable({ rows, scenarioName }: { rows: readonly CalibrationRowView[]; scenarioName: string }) {
  const met = rows.filter((r) => r.met).length;
  return (
    <div>
      <p className="text-lg" data-testid="calibration-summary">
        <span className="figures font-semibold">{met}</span> of <span className="figures font-semibold">{rows.length}</span> targets met by{' '}
        <span className="font-semibold">{scenarioName}</span>.
        {met < rows.length ? ' Rows not met say how far the scenario is from the report.' : ''}
      </p>
      <div className="mt-4">
        <ScrollTable label="Calibration table (scrolls sideways)">
          <table aria-labelledby="calibration-heading" className="w-full min-w-[70rem] table-fixed border-collapse" data-testid="calibration-table">
            <colgroup>
              <col className="w-[17rem]" />
              <col className="w-[7rem]" />
              <col className="w-[15rem]" />
              <col className="w-[10rem]" />
              <col className="w-[14rem]" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={TH_COL}>Target</th>
                <th scope="col" className={TH_COL}>Model</th>
                <th scope="col" className={TH_COL}>Reported</th>
                <th scope="col" className={TH_COL}>Met?</th>
                <th scope="col" className={TH_COL}>Like for like?</th>
                <th scope="col" className={TH_COL}>Source and date</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-row={r.id} data-met={r.met}>
                  <th scope="row" className={`${TD} text-left text-base font-medium`}>
                    {r.label}
                  </th>
                  <td className={`${TD} figures text-base font-semibold`}>{r.modelText}</td>
                  <td className={TD}>
                    {r.reported}
                    <span className="mt-0.5 block text-muted-foreground">Band: {r.bandText}</span>
                  </td>
                  <td className={`${TD} font-semibold ${r.met ? 'text-positive' : 'text-negative'}`}>{r.verdictText}</td>
                  <td className={TD}>{r.likeForLike}</td>
                  <td className={`${TD} break-words`}>
                    {r.source}
                    <span className="mt-0.5 block text-muted-foreground">{r.date}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </div>
  );
}
