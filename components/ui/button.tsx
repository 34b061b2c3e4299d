import type { ComponentProps } from 'react';

type Variant = 'primary' | 'quiet' | 'outline';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-foreground text-background hover:opacity-90',
  outline: 'bg-background text-foreground ring-1 ring-border hover:bg-muted',
  quiet: 'text-foreground hover:bg-muted',
};

export function Button({ variant = 'outline', className, ...props }: ComponentProps<'button'> & { variant?: Variant }) {
  return (
    <button
      type="button"
      className={`inline-flex min-h-9 items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:opacity-50 ${VARIANTS[variant]} ${className ?? ''}`}
      {...props}
    />
  );
}
