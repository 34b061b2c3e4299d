import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found — AI Infrastructure Economics Explorer' };

/** A wrong address still leads somewhere: the dashboard and the methodology, one click away. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-3xl font-bold">This page does not exist</h1>
      <p className="mt-4 text-lg text-muted-foreground">
        The address may be mistyped, or the page may have moved. Every scenario lives on the dashboard, and a scenario link always opens there.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4 text-lg">
        <li>
          <Link href="/" className="font-semibold underline underline-offset-4">
            Open the dashboard
          </Link>
        </li>
        <li>
          <Link href="/methodology" className="underline underline-offset-4">
            Methodology
          </Link>
        </li>
      </ul>
    </main>
  );
}
