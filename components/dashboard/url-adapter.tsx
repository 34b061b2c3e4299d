'use client';
/**
 * nuqs's plain React adapter, not its Next.js one, for the dashboard's URL state.
 *
 * Why: the Next.js adapter writes the address with `history.pushState(null, …)`, which Next's router
 * patches and turns into a router transition of its own (ACTION_RESTORE); when that transition commits,
 * Next writes its canonical URL back. Under load the transition for one key press committed after nuqs
 * had already written the next one, so the address bar went 25 → 26 → 25 → 26 within 300 ms (reproduced
 * at 6× CPU slowdown; e2e/links.spec.ts once copied the stale link; the same family as vercel/next.js
 * #93923, where the older value sometimes stays). Every write also re-rendered the whole dashboard a
 * second time, through `useSearchParams`. The React adapter writes with the current history state, which
 * carries Next's own marker (`__NA`), so Next's router leaves the write alone: the address changes once.
 * Back and Forward still reach Next's popstate handler (the entry keeps Next's tree) and this adapter's.
 *
 * `serverSearch` is the request's query: the server renders, and the browser hydrates, the linked
 * scenario rather than the defaults.
 */
import { NuqsAdapter } from 'nuqs/adapters/react';
import type { ReactNode } from 'react';

export function UrlAdapter({ search, children }: { search: string; children: ReactNode }) {
  return <NuqsAdapter serverSearch={search}>{children}</NuqsAdapter>;
}
