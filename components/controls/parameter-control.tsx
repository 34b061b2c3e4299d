'use client';
/**
 * One registry parameter as a control: label, current value with its unit, a "changed" mark with a
 * reset, and its explanation and source one click or tap away. Drawing only: values come in as props.
 */
import { memo } from 'react';
import { formatParameterValue, type NumberParameterSpec } from '@/lib/engine';
import { formatPct } from '@/lib/format';
import type { ChangeKind } from '@/lib/state/use-scenario';
import { ConfidenceBadge } from '@/components/ui/badges';
import { InfoTip } from '@/components/ui/info-tip';
import { parameterHref } from '@/components/methodology/anchors';
import { useCurrentQuery } from '@/components/charts/scenario-link';
import { Slider } from '@/components/ui/slider';

export interface ParameterControlProps {
  spec: NumberParameterSpec;
  value: number;
  baseValue: number;
  /** For weights: the normalised share this weight becomes (0-1). */
  normalisedShare?: number;
  color?: string;
  onChange: (id: string, value: number | string, kind?: ChangeKind) => void;
}

export const ParameterControl = memo(function ParameterControl({ spec, value, baseValue, normalisedShare, color, onChange }: ParameterControlProps) {
  const changed = value !== baseValue;
  const shown = formatParameterValue(spec, value);
  const share = normalisedShare === undefined ? null : formatPct(normalisedShare);
  // A weight is read as the share it becomes, on screen and by a screen reader ("62%, weight 100").
  const valueText = share ? `${share}, weight ${shown}` : shown;
  return (
    <div className="py-2" data-param={spec.id}>
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 text-sm leading-tight" id={`label-${spec.key}`}>
          {spec.label}
          {changed && (
            // Ink, not a cloud's colour: a blue dot beside AWS's and Google Cloud's sliders read as Azure (new-user review).
            <span className="ml-1.5 inline-block h-2 w-2 rounded-full bg-foreground align-middle" title="Changed">
              <span className="sr-only"> (changed)</span>
            </span>
          )}
        </span>
        <output className="figures shrink-0 text-sm font-semibold" aria-live="off" htmlFor={`slider-${spec.key}`}>
          {share ? (
            <>
              {share}
              <span className="ml-1 text-xs font-normal text-muted-foreground">(weight {shown})</span>
            </>
          ) : (
            shown
          )}
        </output>
        <ParameterInfo spec={spec} />
      </div>
      <div className="mt-1.5 flex items-center gap-2">
        <ParameterSlider spec={spec} value={value} valueText={valueText} color={color} onChange={onChange} />
        <button
          type="button"
          onClick={(e) => {
            // The button hides once the value is back at its base: the focus goes to the slider it reset,
            // not to the page's start (WCAG 2.4.3), so the keyboard keeps its place in the list.
            e.currentTarget.closest('[data-param]')?.querySelector<HTMLElement>('[role="slider"]')?.focus();
            onChange(spec.id, baseValue, 'commit');
          }}
          className={`shrink-0 rounded px-1.5 text-xs text-muted-foreground underline-offset-2 hover:underline ${changed ? '' : 'invisible'}`}
          aria-label={`Reset ${spec.label}`}
          tabIndex={changed ? 0 : -1}
          aria-hidden={!changed}
        >
          Reset
        </button>
      </div>
    </div>
  );
});

/**
 * The parameter's row on the methodology page, with the scenario on screen: that page's "← Dashboard" then
 * returns to it (without, it opened Public data). Rendered when the tip opens, so the query is the screen's
 * at that moment; outside the dashboard (no provider) the bare row.
 */
function MethodologyEntryLink({ parameterId }: { parameterId: string }) {
  const currentQuery = useCurrentQuery();
  return (
    <a
      href={parameterHref(parameterId, currentQuery?.() ?? '')}
      // And again at the press, should the scenario have moved while the tip was open.
      onPointerDown={(e) => {
        if (currentQuery) e.currentTarget.href = parameterHref(parameterId, currentQuery());
      }}
      className="text-xs font-medium underline underline-offset-4"
    >
      Full entry on the methodology page
    </a>
  );
}

/** The explanation, source and confidence, one click or tap away, with its row on the methodology page. Static per parameter. */
const ParameterInfo = memo(function ParameterInfo({ spec }: { spec: NumberParameterSpec }) {
  return (
    <InfoTip label={spec.label}>
      <p className="font-semibold">{spec.label}</p>
      <p className="mt-1">{spec.description}</p>
      <p className="mt-2 text-xs text-muted-foreground">
        Default {formatParameterValue(spec, spec.default)}; plausible {formatParameterValue(spec, spec.range[0])} to {formatParameterValue(spec, spec.range[1])}
        .
      </p>
      <p className="mt-1 text-xs text-muted-foreground">
        Source: {spec.source}
        {spec.asOf === 'model' ? '' : ` (evidence as of ${spec.asOf})`}
      </p>
      <p className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <ConfidenceBadge confidence={spec.confidence} />
        <MethodologyEntryLink parameterId={spec.id} />
      </p>
    </InfoTip>
  );
});

const ParameterSlider = memo(function ParameterSlider({
  spec,
  value,
  valueText,
  color,
  onChange,
}: {
  spec: NumberParameterSpec;
  value: number;
  valueText: string;
  color?: string;
  onChange: ParameterControlProps['onChange'];
}) {
  return (
    <Slider
      id={`slider-${spec.key}`}
      label={spec.label}
      valueText={valueText}
      value={value}
      min={spec.min}
      max={spec.max}
      step={spec.step}
      color={color}
      onValueChange={(v) => onChange(spec.id, v, 'drag')}
      onValueCommit={(v) => onChange(spec.id, v, 'end')}
    />
  );
});
