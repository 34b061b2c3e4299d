import type { ReactNode } from 'react';

/**
 * Width of reading text and cards (~72rem). The page itself is wider so that the reference tables, which
 * have eight columns and long sources, can use a large screen instead of wrapping a source into a column
 * of single words.
 */
export const TEXT_WIDTH = 'max-w-6xl';

/** One top-level part of the page: an h2 that names the landmark, an optional lead paragraph, content. */
export function Section({
  section: { id, title },
  lead,
  wide = false,
  children,
}: {
  section: { id: string; title: string };
  lead?: ReactNode;
  /** Let the content use the page's full width (reference tables) rather than the text width. */
  wide?: boolean;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-6">
      <div className={`${TEXT_WIDTH} border-t border-border pt-10`}>
        <h2 id={headingId} className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {title}
        </h2>
        {lead ? <p className="mt-3 max-w-3xl text-lg leading-relaxed text-muted-foreground">{lead}</p> : null}
      </div>
      <div className={`mt-6 ${wide ? '' : TEXT_WIDTH}`}>{children}</div>
    </section>
  );
}

/** Underlined, theme-coloured link style for in-page anchors (app/globals.css: one short class, as it repeats). */
export const LINK = 'doc-link';
