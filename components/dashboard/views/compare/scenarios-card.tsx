import { useRef } from 'react';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { Button } from '@/components/ui/button';
import { Card, CardHeading } from '@/components/ui/card';
import { AddColumn, BaselineActions } from './baseline-actions';
import type { NamedColumn } from './types';

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four'];

/** The scenarios compared (A, B and any added columns), how to change them, and what changes from A to B in words. */
export function ScenariosCard({
  named,
  sentences,
  state,
  pinned,
  same,
  full,
}: {
  named: readonly NamedColumn[];
  sentences: readonly string[];
  state: ScenarioState;
  pinned: boolean;
  /** B equals A: nothing to pin. */
  same: boolean;
  /** As many columns as the view shows. */
  full: boolean;
}) {
  const addSelect = useRef<HTMLSelectElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The keyboard's place after a change: a column added (or, when that fills the view, its Remove button),
  // and after a Remove, the Add select, which is enabled again. A removed button would drop it to the page's start.
  const afterAdd = (select: HTMLSelectElement) => {
    if (!select.disabled) select.focus();
    else list.current?.querySelector<HTMLButtonElement>('li:last-child button')?.focus();
  };
  const remove = (index: number) => {
    state.removeColumn(index);
    requestAnimationFrame(() => addSelect.current?.focus());
  };
  return (
    <Card aria-labelledby="compare-heading">
      <CardHeading id="compare-heading">Compare {COUNT_WORDS[named.length]} scenarios</CardHeading>
      <ul ref={list} className={`mt-2 grid gap-3 sm:grid-cols-2 ${named.length > 2 ? 'xl:grid-cols-4' : ''}`} aria-label="Scenarios compared">
        {named.map((c, i) => (
          <li key={c.letter} className="flex items-start gap-2 rounded-md bg-muted/60 px-3 py-2" data-side={c.letter.toLowerCase()}>
            <p className="min-w-0 flex-1">
              <span className="block text-xs font-semibold uppercase tracking-wide text-muted-foreground">
                {c.letter}: {c.role}
              </span>
              <span className="text-base font-semibold">{c.name}</span>
            </p>
            {i >= 2 && (
              <Button className="shrink-0" onClick={() => remove(i - 2)} data-present-hide>
                Remove
                <span className="sr-only">
                  {' '}
                  column {c.letter} ({c.name})
                </span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <BaselineActions state={state} pinned={pinned} same={same} />
      <AddColumn state={state} full={full} selectRef={addSelect} afterAdd={afterAdd} />
      <ul className="mt-3 list-disc space-y-1 pl-5 text-base sm:text-lg" data-compare-sentences aria-live="polite">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </Card>
  );
}
