'use client';
/** App-wide client providers: URL state (nuqs) and the theme applier. */
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import { ThemeApplier } from './ui/theme';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <NuqsAdapter>
      <ThemeApplier />
      {children}
    </NuqsAdapter>
  );
}
