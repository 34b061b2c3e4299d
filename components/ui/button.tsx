import type { ComponentProps } from 'react';
import { cx } from './cx';

/**
 * The dashboard's buttons, as they are used: `outline` (a ring, the usual one) and `primary` (solid, the
 * one action a place leads to); `cell` in a table's row, `sm` in a card's toolbar (Export, Show table), `md` in the header and the
 * views, `lg` on a projected slide. `buttonClass` gives the same look to a Radix trigger or a stand-in.
 */
export type ButtonVariant = 'outline' | 'primary';
export type ButtonSize = 'cell' | 'sm' | 'md' | 'lg';

const VARIANTS: Record<ButtonVariant, string> = {
  outline: 'font-medium ring-1 ring-border hover:bg-muted',
  primary: 'bg-foreground font-semibold text-background hover:opacity-90',
};

const SIZES: Record<ButtonSize, string> = {
  cell: 'min-h-9 px-2.5 text-sm',
  sm: 'shrink-0 px-2.5 py-1 text-sm',
  md: 'min-h-10 px-3 text-sm',
  lg: 'min-h-11 px-4 text-base',
};

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

export function buttonClass({ variant = 'outline', size = 'md', className }: ButtonStyle = {}): string {
  return cx('rounded-md disabled:opacity-40', SIZES[size], VARIANTS[variant], className);
}

export function Button({ variant, size, className, ...props }: ComponentProps<'button'> & ButtonStyle) {
  return <button type="button" className={buttonClass({ variant, size, className })} {...props} />;
}
