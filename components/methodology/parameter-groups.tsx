import type { ParameterGroup } from '@/lib/engine';
import { groupAnchorId, parametersInGroup } from './anchors';
import { ParameterTable } from './parameter-table';

/** One registry group's table (its page: app/methodology/parameters/[group]); its `advanced` rows sit in a native <details>. */
export function ParameterGroupTable({ group }: { group: ParameterGroup }) {
  const all = parametersInGroup(group);
  const main = all.filter((p) => !p.advanced);
  const advanced = all.filter((p) => p.advanced);
  const anchor = groupAnchorId(group);
  const headingId = `${anchor}-heading`;
  // A group made only of advanced rows shows them all rather than an empty table.
  const shown = main.length > 0 ? main : advanced;
  const hidden = main.length > 0 ? advanced : [];

  return (
    <section id={anchor} aria-labelledby={headingId} className="scroll-mt-6">
      <h3 id={headingId} className="text-xl font-semibold">
        {group}{' '}
        <span className="figures text-base font-normal text-muted-foreground">
          · {all.length} {all.length === 1 ? 'parameter' : 'parameters'}
        </span>
      </h3>
      <div className="mt-3">
        <ParameterTable params={shown} labelledBy={headingId} label={`${group} parameters table (scrolls sideways)`} />
      </div>
      {hidden.length > 0 ? (
        <details className="group mt-3">
          <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-md border border-border px-3 py-2 text-base font-medium hover:bg-muted [&::-webkit-details-marker]:hidden">
            <svg
              aria-hidden="true"
              width="16"
              height="16"
              viewBox="0 0 16 16"
              className="h-4 w-4 shrink-0 transition-transform group-open:rotate-90"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M6 3l5 5-5 5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="group-open:hidden">Show</span>
            <span className="hidden group-open:inline">Hide</span> {hidden.length} more {group} parameters
            <span className="font-normal text-muted-foreground">(advanced)</span>
          </summary>
          <div className="mt-3">
            <ParameterTable
              params={hidden}
              caption={`${group}: ${hidden.length} more parameters`}
              label={`More ${group} parameters table (scrolls sideways)`}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
