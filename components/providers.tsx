'use client';
/**
 * App-wide client providers: the theme applier. The URL-state adapter is the dashboard's own
 * (components/dashboard/url-adapter.tsx): no other page reads its query through nuqs.
 */
import type { ReactNode } from 'react';
import { ThemeApplier } from './ui/theme';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <>
      <ThemeApplier />
      {children}
    </>
  );
}
