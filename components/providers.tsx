'use client';
/**
 * App-wide client providers: the theme applier, and the mark that the page has hydrated (useHydrated). The
 * URL-state adapter is the dashboard's own (components/dashboard/url-adapter.tsx): no other page reads its
 * query through nuqs.
 */
import type { ReactNode } from 'react';
import { ThemeApplier } from './ui/theme';
import { HydrationMark } from './ui/use-hydrated';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <>
      <ThemeApplier />
      <HydrationMark />
      {children}
    </>
  );
}
