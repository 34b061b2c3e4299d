import Link from 'next/link';
import type { ReactNode } from 'react';
import { TEXT_WIDTH } from './section';

/** The head of a methodology page of its own (every parameter, the seed claims): the way back, a title, a lead. */
export function SubpageHeader({ query, title, children }: { query: string; title: string; children: ReactNode }) {
  const suffix = query ? `?${query}` : '';
  return (
    <header className={`${TEXT_WIDTH} pb-10`}>
      <nav aria-label="Back" className="flex flex-wrap gap-x-6 gap-y-2 text-base font-medium text-muted-foreground">
        <Link href={`/${suffix}`} className="inline-flex items-center gap-1 rounded-md hover:text-foreground">
          <span aria-hidden="true">←</span> Dashboard
        </Link>
        <Link href={`/methodology${suffix}`} className="inline-flex items-center gap-1 rounded-md hover:text-foreground">
          <span aria-hidden="true">←</span> Methodology
        </Link>
      </nav>
      <h1 className="mt-6 text-4xl font-bold tracking-tight sm:text-5xl">{title}</h1>
      <div className="mt-5 max-w-3xl text-lg leading-relaxed">{children}</div>
    </header>
  );
}
