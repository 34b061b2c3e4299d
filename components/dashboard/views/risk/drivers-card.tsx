import { useMemo } from 'react';
import type { Scenario, SimulationSettings } from '@/lib/engine';
import { CLOUD_COLORS } from '@/lib/palette';
import { formatPct } from '@/lib/format';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { useImportance, useSensitivity } from '@/lib/state/use-simulation';
import { driversCsv, importanceRows, importanceTotal, measureTitle, tornadoCounts, tornadoRows } from '@/lib/view-models';
import { CsvButton } from '@/components/charts/csv-button';
import { ImportanceBars, TornadoBars } from '@/components/charts/ranked-bars';
import { TableToggle, useShowTable } from '@/components/charts/table-toggle';
import { Card, CardHeader } from '@/components/ui/card';
import { FocusPicker } from '../focus-picker';
import { ImportanceTable, TornadoTable } from './driver-tables';
import { useReveal } from './use-reveal';

/** What moves the figure in focus: one assumption at a time (tornado), and all together (importance). */
export function DriversCard({
  scenario,
  settings,
  settled,
  simulationReady,
  focus,
  setFocus,
}: {
  scenario: Scenario;
  settings: SimulationSettings;
  settled: boolean;
  simulationReady: boolean;
  focus: ScenarioState['focus'];
  setFocus: ScenarioState['setFocus'];
}) {
  // The cloud and figure are in the link (fc, fm), shared with the Compare view's waterfall.
  const { cloud, measure } = focus;
  const reveal = useReveal();
  const sens = useSensitivity(scenario, settings.spread, cloud, measure, settled);
  const imp = useImportance(scenario, settings, cloud, measure, undefined, simulationReady);
  const rows = useMemo(() => (sens.data ? tornadoRows(scenario, sens.data.value) : []), [sens.data, scenario]);
  const counts = sens.data ? tornadoCounts(sens.data.value) : null;
  const importance = useMemo(() => (imp.data ? importanceRows(imp.data.value) : []), [imp.data]);
  const explained = imp.data ? importanceTotal(imp.data.value) : null;
  const title = measureTitle(cloud, measure);
  const showTable = useShowTable('risk-drivers');
  return (
    <Card aria-labelledby="risk-drivers" data-chart="risk-drivers">
      <CardHeader id="risk-drivers" title={<>What moves {title}</>} description="Click a bar to open its control." quietOnSlide>
        {(rows.length > 0 || importance.length > 0) && <CsvButton title={`What moves ${title}`} data={() => driversCsv(rows, importance)} />}
        <TableToggle chartId="risk-drivers" title={`what moves ${title}`} />
      </CardHeader>
      <FocusPicker focus={focus} setFocus={setFocus} />

      <h4 className="mt-4 text-base font-semibold">One at a time: each assumption from the low to the high end of its plausible range</h4>
      {counts && settings.spread > 0 && (
        <p className="text-sm text-muted-foreground">
          The {rows.length} largest of {counts.moving} assumptions that move it ({counts.scanned} with a range were tried; strategies are choices, not ranges).
        </p>
      )}
      <div className={`mt-2 ${sens.isPlaceholderData || !settled ? 'opacity-60' : ''}`}>
        {settings.spread === 0 ? (
          <p className="text-sm">With a range width of ×0 every plausible range is a point: choose a wider range in the simulation settings.</p>
        ) : rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{sens.isFetching ? 'Working out each assumption’s swing…' : 'No assumption moves this figure.'}</p>
        ) : showTable ? (
          <TornadoTable rows={rows} caption={`One at a time: ${title}`} />
        ) : (
          <TornadoBars rows={rows} color={CLOUD_COLORS[cloud]} measureLabel={title} onReveal={reveal} />
        )}
      </div>

      <h4 className="mt-5 text-base font-semibold">All together: the share of the spread across the draws each assumption explains</h4>
      <p className="text-sm text-muted-foreground">
        Squared rank correlation between each drawn assumption and the figure over every draw, so assumptions move together as they do in the Monte Carlo.
        {explained !== null &&
          explained > 0 &&
          ` Summed over every drawn assumption: ${formatPct(explained)}. Well under 100% means interactions between assumptions matter; a little over it comes from shares that are drawn together (they move as one) and from sampling noise.`}
      </p>
      <div className={`mt-2 ${imp.isPlaceholderData ? 'opacity-60' : ''}`}>
        {settings.spread === 0 ? (
          <p className="text-sm">With a range width of ×0 every draw is the scenario itself: nothing varies, so nothing explains a spread.</p>
        ) : importance.length === 0 ? (
          <p className="text-sm text-muted-foreground">Waiting for the full set of draws…</p>
        ) : showTable ? (
          <ImportanceTable rows={importance} caption={`All together: ${title}`} />
        ) : (
          <ImportanceBars rows={importance} color={CLOUD_COLORS[cloud]} measureLabel={title} onReveal={reveal} />
        )}
      </div>
    </Card>
  );
}
