import { presets } from '@/lib/engine';
import { MAX_COMPARE_COLUMNS } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { Button } from '@/components/ui/button';
import { SELECT } from '../focus-picker';

/** Every preset, as options of a select (the baseline's and the added column's). */
function PresetOptions() {
  return presets.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));
}

/** Adds a column (C, D): the scenario on screen as it is now, or a preset. A native select: keyboard-usable as it is. */
export function AddColumn({ state, full }: { state: ScenarioState; full: boolean }) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-present-hide>
      <label className="flex min-w-0 items-center gap-2 text-sm">
        <span className="font-medium">Add a column</span>
        <select
          className={SELECT}
          value=""
          disabled={full}
          aria-describedby="compare-add-help"
          onChange={(e) => {
            if (e.target.value) state.addColumn(e.target.value);
          }}
        >
          <option value="">{full ? 'four columns shown' : 'choose a scenario…'}</option>
          <option value="screen">The scenario on screen, as it is now</option>
          <PresetOptions />
        </select>
      </label>
      <span id="compare-add-help" className="text-xs text-muted-foreground">
        {full ? 'Remove a column to add another.' : `Up to ${MAX_COMPARE_COLUMNS} scenarios side by side in the headline figures, each against A.`}
      </span>
    </div>
  );
}

/** Pin the scenario on screen as A, compare with a preset instead, or unpin. */
export function BaselineActions({ state, pinned, same }: { state: ScenarioState; pinned: boolean; same: boolean }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" data-present-hide>
      {/* Pinning B when it equals A would change nothing. */}
      {!same && <Button onClick={state.pinBaseline}>{pinned ? 'Pin the scenario on screen instead' : 'Pin the scenario on screen as A'}</Button>}
      <label className="flex min-w-0 items-center gap-2 text-sm">
        <span className="font-medium">or compare with</span>
        <select
          className={SELECT}
          value=""
          onChange={(e) => {
            if (e.target.value) state.pinPreset(e.target.value);
          }}
        >
          <option value="">a preset…</option>
          <PresetOptions />
        </select>
      </label>
      {pinned && <Button onClick={state.unpinBaseline}>Unpin the baseline</Button>}
    </div>
  );
}
