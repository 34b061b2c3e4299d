'use client';
/**
 * App-wide client providers: URL state (nuqs), async work (react-query: the Risk view's simulations in a
 * Web Worker) and the theme applier.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { useState, type ReactNode } from 'react';
import { ThemeApplier } from './ui/theme';

export function Providers({ children }: { children: ReactNode }) {
  // One client per page load (per request on the server), as react-query's Next.js guide advises.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <ThemeApplier />
        {children}
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
