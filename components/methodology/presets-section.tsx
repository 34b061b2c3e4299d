import { formatParameterValue, getParameter, presets, type Preset } from '@/lib/engine';
import { PRESETS_PATH, parameterHref, withQuery } from './anchors';
import { ClaimStatusBadge } from '@/components/ui/badges';
import { TD_DOC, TD_DOC_BADGE, TableRegion } from '@/components/ui/table';
import { LINK } from './section';

/**
 * Named scenarios with their one-sentence descriptions; a preset with per-value notes links to its table,
 * on /methodology/presets (PresetValueTables).
 */
export function PresetsSection({ query = '' }: { query?: string }) {
  return (
    <div className="space-y-10">
      <ul className="grid gap-4 sm:grid-cols-2">
        {presets.map((preset) => (
          <li key={preset.id} className="rounded-xl border border-border bg-card p-5 text-card-foreground">
            <h3 className="text-lg font-semibold">{preset.name}</h3>
            <p className="mt-1.5 text-base leading-relaxed text-muted-foreground">{preset.description}</p>
            {preset.notes ? (
              <p className="mt-2 text-base">
                <a className={LINK} href={withQuery(`${PRESETS_PATH}#${presetTableId(preset)}`, query)}>
                  Its values, one by one
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every preset with per-value notes, its values one by one (the page /methodology/presets). */
export function PresetValueTables({ query = '' }: { query?: string }) {
  return (
    <div className="space-y-10">
      {presets
        .filter((p) => p.notes)
        .map((preset) => (
          <PresetValuesTable key={preset.id} preset={preset} query={query} />
        ))}
    </div>
  );
}

export function presetTableId(preset: Pick<Preset, 'id'>): string {
  return `preset-${preset.id}-values`;
}

function PresetValuesTable({ preset, query }: { preset: Preset; query: string }) {
  const headingId = presetTableId(preset);
  const rows = Object.entries(preset.values).flatMap(([id, value]) => {
    const spec = getParameter(id);
    return spec && value !== undefined ? [{ id, spec, value }] : [];
  });
  return (
    <div>
      <h3 id={headingId} className="scroll-mt-6 text-xl font-semibold">
        “{preset.name}”, value by value
      </h3>
      <p className="mt-2 max-w-3xl text-base leading-relaxed text-muted-foreground">
        Each value the preset sets, beside the public-data default it replaces, with how public data rates it.
      </p>
      <div className="mt-4">
        <TableRegion
          label={`${preset.name} values table (scrolls sideways)`}
          density="document"
          columns={[
            { label: 'Parameter', width: 'w-[22%]' },
            { label: preset.name, numeric: true, width: 'w-[8rem]' },
            { label: 'Public data', numeric: true, width: 'w-[8rem]' },
            { label: 'Status', width: 'w-[11rem]' },
            'Note',
          ]}
          table={{ 'aria-labelledby': headingId, className: 'min-w-[52rem] table-fixed' }}
        >
          {rows.map(({ id, spec, value }) => {
            const note = preset.notes?.[id];
            return (
              <tr key={id}>
                <th scope="row" className={`${TD_DOC} text-left font-medium`}>
                  <a className={LINK} href={parameterHref(id, query)}>
                    {spec.label}
                  </a>
                </th>
                <td className={`${TD_DOC} figures text-right text-base font-semibold`}>{formatParameterValue(spec, value)}</td>
                <td className={`${TD_DOC} figures text-right text-base text-muted-foreground`}>{formatParameterValue(spec, spec.default)}</td>
                <td className={note ? TD_DOC_BADGE : TD_DOC}>
                  {note ? <ClaimStatusBadge status={note.status} /> : <span className="text-muted-foreground">Not rated</span>}
                </td>
                <td className={TD_DOC}>{note?.note ?? <span className="text-muted-foreground">—</span>}</td>
              </tr>
            );
          })}
        </TableRegion>
      </div>
    </div>
  );
}
