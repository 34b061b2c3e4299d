'use client';
/** A cloud's strategy as a radio group: model-agnostic, horizontal or vertical, each explained in one line. */
import { memo } from 'react';
import type { EnumParameterSpec } from '@/lib/engine';
import type { ChangeKind } from '@/lib/state/use-scenario';

export interface StrategyControlProps {
  spec: EnumParameterSpec;
  value: string;
  baseValue: string;
  color: string;
  /** Show each option's one-line explanation (cards in the Strategies view). */
  explained?: boolean;
  onChange: (id: string, value: number | string, kind?: ChangeKind) => void;
}

export const StrategyControl = memo(function StrategyControl({ spec, value, baseValue, color, explained, onChange }: StrategyControlProps) {
  const changed = value !== baseValue;
  return (
    <fieldset className="py-2" data-param={spec.id}>
      <legend className="text-sm font-medium">
        {spec.label}
        {changed && <span className="ml-1.5 text-xs font-normal text-muted-foreground">(changed)</span>}
      </legend>
      <div className={explained ? 'mt-2 grid gap-2' : 'mt-1.5 flex flex-wrap gap-1.5'}>
        {spec.options.map((o) => {
          const checked = o.value === value;
          return (
            <label
              key={o.value}
              className={`flex cursor-pointer gap-2 rounded-md px-2.5 py-1.5 text-sm ring-1 ${checked ? 'font-semibold ring-2' : 'ring-border'} ${explained ? 'items-start' : 'items-center'}`}
              style={checked ? { boxShadow: `inset 4px 0 0 ${color}`, ['--tw-ring-color' as string]: color } : undefined}
            >
              <input
                type="radio"
                name={spec.id}
                value={o.value}
                checked={checked}
                onChange={() => onChange(spec.id, o.value, 'commit')}
                className="mt-0.5 accent-[var(--foreground)]"
              />
              <span>
                {o.label}
                {explained && <span className="mt-0.5 block text-xs font-normal leading-snug text-muted-foreground">{o.description}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});
