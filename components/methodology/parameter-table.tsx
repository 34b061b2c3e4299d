import { formatParameterValue, type ParameterSpec } from '@/lib/engine';
import { parameterAnchorId } from './anchors';
import { ConfidenceBadge } from '@/components/ui/badges';
import { TD_DOC, TD_DOC_BADGE, TableRegion } from '@/components/ui/table';

const COLUMNS = [
  { label: 'Parameter', width: 'w-[15rem] xl:w-[17rem]' },
  { label: 'URL key', width: 'w-[5.5rem]' },
  { label: 'Unit', width: 'w-[5.5rem]' },
  { label: 'Default', width: 'w-[7rem]' },
  { label: 'Plausible range', width: 'w-[9.5rem]' },
  { label: 'Slider bounds', width: 'w-[9rem]' },
  { label: 'Confidence', width: 'w-[8.5rem]' },
  { label: 'Source' },
];

/**
 * One table of registry parameters. Fixed column widths, so a group's main table and its collapsed
 * "advanced" table line up; below 76rem the table scrolls sideways inside its region.
 */
export function ParameterTable({
  params,
  label,
  labelledBy,
  caption,
}: {
  params: readonly ParameterSpec[];
  /** Unique name of the scrollable region. */
  label: string;
  /** Id of a visible heading naming the table, or else give a caption. */
  labelledBy?: string;
  caption?: string;
}) {
  return (
    <TableRegion label={label} density="document" columns={COLUMNS} table={{ 'aria-labelledby': labelledBy, caption, className: 'min-w-[76rem] table-fixed' }}>
      {params.map((spec) => (
        <ParameterRow key={spec.id} spec={spec} />
      ))}
    </TableRegion>
  );
}

function ParameterRow({ spec }: { spec: ParameterSpec }) {
  return (
    <tr id={parameterAnchorId(spec.id)} className="scroll-mt-6 target:bg-amber-50 dark:target:bg-amber-950/60">
      <th scope="row" className={`${TD_DOC} text-left font-normal`}>
        <span className="block text-base font-semibold leading-snug">{spec.label}</span>
        <span className="mt-1 block leading-snug text-muted-foreground">{spec.description}</span>
        {/* On a phone the table scrolls sideways and an (i) link lands on this column: what the reader came for
            (default, range, confidence, source) is repeated here, for the eye only (the cells carry it). */}
        <span className="mt-2 block leading-snug sm:hidden" aria-hidden="true" data-phone-summary>
          <span className="figures block">
            Default <span className="font-semibold">{formatParameterValue(spec, spec.default)}</span>
            {spec.kind === 'number' ? (
              <>
                {' · plausible '}
                <Span spec={spec} low={spec.range[0]} high={spec.range[1]} />
              </>
            ) : null}
          </span>
          <span className="mt-1 block">
            <ConfidenceBadge confidence={spec.confidence} />
          </span>
          <span className="mt-1 block break-words text-muted-foreground">
            {spec.source}
            {spec.asOf === 'model' ? '' : ` (evidence as of ${spec.asOf})`}
          </span>
        </span>
      </th>
      <td className={TD_DOC}>
        <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-sm">{spec.key}</code>
      </td>
      <td className={TD_DOC}>{spec.unit}</td>
      <td className={`${TD_DOC} figures text-base font-semibold`}>{formatParameterValue(spec, spec.default)}</td>
      {spec.kind === 'number' ? (
        <>
          <td className={`${TD_DOC} figures`}>
            <Span spec={spec} low={spec.range[0]} high={spec.range[1]} />
          </td>
          <td className={`${TD_DOC} figures`}>
            <Span spec={spec} low={spec.min} high={spec.max} />
            <span className="mt-0.5 block text-muted-foreground">step {formatParameterValue(spec, spec.step)}</span>
          </td>
        </>
      ) : (
        <td className={TD_DOC} colSpan={2}>
          <span className="text-muted-foreground">One of </span>
          {spec.options.map((option, i) => (
            <span key={option.value}>
              {i > 0 ? ', ' : null}
              <span className="font-medium">{option.label}</span>
            </span>
          ))}
        </td>
      )}
      <td className={TD_DOC_BADGE}>
        <ConfidenceBadge confidence={spec.confidence} />
      </td>
      <td className={`${TD_DOC} break-words leading-snug`}>
        {spec.source}
        <span className="mt-0.5 block text-muted-foreground">{spec.asOf === 'model' ? 'Analysis setting' : `Evidence as of ${spec.asOf}`}</span>
      </td>
    </tr>
  );
}

/** "10% – 35%", or a single value when the range is a point. */
function Span({ spec, low, high }: { spec: ParameterSpec; low: number; high: number }) {
  if (low === high) return <span>{formatParameterValue(spec, low)} (fixed)</span>;
  return (
    <span>
      <span className="whitespace-nowrap">{formatParameterValue(spec, low)}</span>
      {' – '}
      <span className="whitespace-nowrap">{formatParameterValue(spec, high)}</span>
    </span>
  );
}
