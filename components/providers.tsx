'use client';
/** App-wide client providers: URL state (nuqs) and tooltips (Radix), plus the theme applier. */
import * as Tooltip from '@radix-ui/react-tooltip';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import { ThemeApplier } from './ui/theme';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <NuqsAdapter>
      <Tooltip.Provider delayDuration={150}>
        <ThemeApplier />
        {children}
      </Tooltip.Provider>
    </NuqsAdapter>
  );
}
