import { useId, useRef, useState, type RefObject } from 'react';
import { presets } from '@/lib/engine';
import { MAX_COMPARE_COLUMNS } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { Button } from '@/components/ui/button';
import { SELECT } from '../focus-picker';

interface Choice {
  value: string;
  label: string;
}
/** Every preset, as a select's choices (the baseline's and the added column's). */
const PRESET_CHOICES: readonly Choice[] = presets.map((p) => ({ value: p.id, label: p.name }));
const ADD_CHOICES: readonly Choice[] = [{ value: 'screen', label: 'The scenario on screen, as it is now' }, ...PRESET_CHOICES];

/**
 * A native select whose choice is applied by a button (or Enter on the select), never by the choice
 * itself: browsing a closed select with the arrow keys changes its value option by option, and a select
 * that acted on change added a column on the first ↓ (WCAG 3.2.2, a new user's finding).
 */
function ChooseThenApply({
  label,
  placeholder,
  action,
  actionName,
  disabled = false,
  describedBy,
  onApply,
  selectRef,
  afterApply = (select) => select.focus(),
  choices,
}: {
  label: string;
  placeholder: string;
  /** The button's visible word ("Add"); `actionName` is its accessible name, which names what it does. */
  action: string;
  actionName: (choiceLabel: string | null) => string;
  disabled?: boolean;
  describedBy?: string;
  onApply: (value: string) => void;
  /** The select, for a parent that moves the focus to it (after removing a column). */
  selectRef?: RefObject<HTMLSelectElement | null>;
  /**
   * Where the focus goes once the choice is applied (the select, by default): the button pressed is disabled
   * until the next choice, and a disabled button drops the focus to the page's start.
   */
  afterApply?: (select: HTMLSelectElement) => void;
  choices: readonly Choice[];
}) {
  const [choice, setChoice] = useState('');
  const choiceLabel = choices.find((c) => c.value === choice)?.label ?? null;
  const selectId = useId();
  const ownRef = useRef<HTMLSelectElement>(null);
  const ref = selectRef ?? ownRef;
  const apply = () => {
    if (!choice || disabled) return;
    onApply(choice);
    setChoice('');
    // Once the change has rendered (the select may then be disabled: four columns shown).
    requestAnimationFrame(() => {
      if (ref.current) afterApply(ref.current);
    });
  };
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
      <label htmlFor={selectId} className="font-medium">
        {label}
      </label>
      {/* The select and its button stay on one line on a phone. */}
      <span className="flex min-w-0 max-w-full items-center gap-2">
        <select
          ref={ref}
          id={selectId}
          className={SELECT}
          value={choice}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => setChoice(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && choice) {
              e.preventDefault();
              apply();
            }
          }}
        >
          <option value="">{placeholder}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <Button className="shrink-0" disabled={disabled || !choice} onClick={apply} aria-label={actionName(choiceLabel)}>
          {action}
        </Button>
      </span>
    </span>
  );
}

/** Adds a column (C, D): the scenario on screen as it is now, or a preset. */
export function AddColumn({
  state,
  full,
  selectRef,
  afterAdd,
}: {
  state: ScenarioState;
  full: boolean;
  selectRef?: RefObject<HTMLSelectElement | null>;
  afterAdd?: (select: HTMLSelectElement) => void;
}) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-present-hide data-print-hide>
      <ChooseThenApply
        label="Add a column"
        placeholder={full ? 'four columns shown' : 'choose a scenario…'}
        action="Add"
        actionName={(chosen) => (full ? 'Add a column (four columns shown)' : chosen ? `Add a column: ${chosen}` : 'Add a column (choose a scenario first)')}
        disabled={full}
        describedBy="compare-add-help"
        onApply={state.addColumn}
        selectRef={selectRef}
        afterApply={afterAdd}
        choices={ADD_CHOICES}
      />
      <span id="compare-add-help" className="text-xs text-muted-foreground">
        {full ? 'Remove a column to add another.' : `Up to ${MAX_COMPARE_COLUMNS} scenarios side by side in the headline figures, each against A.`}
      </span>
    </div>
  );
}

/** Pin the scenario on screen as A, compare with a preset instead, or unpin. */
export function BaselineActions({ state, pinned, same }: { state: ScenarioState; pinned: boolean; same: boolean }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" data-present-hide data-print-hide>
      {/* Pinning B when it equals A would change nothing. */}
      {!same && <Button onClick={state.pinBaseline}>{pinned ? 'Pin the scenario on screen instead' : 'Pin the scenario on screen as A'}</Button>}
      <ChooseThenApply
        label="or compare with"
        placeholder="a preset…"
        action="Compare"
        actionName={(chosen) => (chosen ? `Compare with ${chosen} as A` : 'Compare with a preset (choose one first)')}
        onApply={state.pinPreset}
        choices={PRESET_CHOICES}
      />
      {pinned && <Button onClick={state.unpinBaseline}>Unpin the baseline</Button>}
    </div>
  );
}
