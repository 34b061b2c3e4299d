'use client';
/**
 * When a link could not be used as given (unknown keys, malformed or out-of-range values, a newer
 * version), say so in words, with a one-click reset. The link is then rewritten to what the dashboard
 * actually shows, so sharing it on does not pass the problems along. Text only: nothing from the URL is
 * ever rendered as HTML (React escapes it).
 */
import { useEffect, useState } from 'react';
import { decodeScenario, encodeScenario } from '@/lib/scenario';

/** `initialProblems` come from the server's decoding of the same link, so the notice is in the first HTML. */
export function LinkNotice({ initialProblems, onReset }: { initialProblems: readonly string[]; onReset: () => void }) {
  const [problems, setProblems] = useState<readonly string[]>(initialProblems);
  useEffect(() => {
    const decoded = decodeScenario(window.location.search);
    if (decoded.problems.length === 0) return;
    const canonical = encodeScenario(decoded.scenario, { presetId: decoded.presetId, view: decoded.view });
    const url = `${window.location.pathname}${canonical ? `?${canonical}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, []);
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 8);
  return (
    <div role="status" className="mt-3 rounded-lg border-2 border-aws bg-card p-4 text-card-foreground" data-testid="link-notice">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-semibold">This link had settings the dashboard could not use as given.</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {shown.map((message, i) => (
              <li key={i} className="break-words">
                {message}
              </li>
            ))}
          </ul>
          {problems.length > shown.length && <p className="mt-1 text-sm text-muted-foreground">…and {problems.length - shown.length} more.</p>}
          <p className="mt-1 text-sm text-muted-foreground">Everything else in the link is shown as its sender set it.</p>
        </div>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => {
              onReset();
              setProblems([]);
            }}
            className="min-h-9 rounded-md bg-foreground px-3 text-sm font-medium text-background"
          >
            Reset to defaults
          </button>
          <button type="button" onClick={() => setProblems([])} className="min-h-9 rounded-md px-3 text-sm font-medium ring-1 ring-border">
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
