'use client';
/** Radix slider styled for the product: a large hit area, visible focus, no animation. */
import * as RadixSlider from '@radix-ui/react-slider';
import type { ComponentProps } from 'react';
import { noteSteering } from '@/lib/state/steering';

type SliderProps = Omit<ComponentProps<typeof RadixSlider.Root>, 'value' | 'onValueChange' | 'onValueCommit'> & {
  value: number;
  /** The accessible name of the thumb (equal to the visible label). */
  label: string;
  /** What a screen reader says for the value, e.g. "45% a year". */
  valueText: string;
  onValueChange: (value: number) => void;
  onValueCommit?: (value: number) => void;
  color?: string;
};

export function Slider({ value, label, valueText, onValueChange, onValueCommit, color, className, ...rest }: SliderProps) {
  return (
    <RadixSlider.Root
      data-slider-root
      className={`relative flex h-6 w-full touch-none select-none items-center ${className ?? ''}`}
      value={[value]}
      onValueChange={(v) => {
        noteSteering();
        onValueChange(v[0] ?? value);
      }}
      onValueCommit={onValueCommit ? (v) => onValueCommit(v[0] ?? value) : undefined}
      {...rest}
    >
      <RadixSlider.Track className="relative h-1.5 grow rounded-full bg-muted ring-1 ring-border">
        <RadixSlider.Range className="absolute h-full rounded-full" style={{ background: color ?? 'var(--foreground)' }} />
      </RadixSlider.Track>
      <RadixSlider.Thumb
        aria-label={label}
        aria-valuetext={valueText}
        className="block h-5 w-5 rounded-full border-2 bg-background shadow focus-visible:outline-2 focus-visible:outline-offset-2"
        style={{ borderColor: color ?? 'var(--foreground)' }}
      />
    </RadixSlider.Root>
  );
}
