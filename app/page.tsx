import { Suspense } from 'react';
import { Dashboard } from '@/components/dashboard/dashboard';

/**
 * The dashboard. Reading searchParams makes the page render per request, so the server HTML already
 * holds the linked scenario's figures (no flash of the defaults before hydration).
 */
export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await searchParams;
  return (
    <main>
      <Suspense fallback={<p className="p-6 text-lg">Loading the dashboard…</p>}>
        <Dashboard />
      </Suspense>
    </main>
  );
}
