'use client';
/**
 * When a link could not be used as given (unknown keys, malformed or out-of-range values, a newer
 * version), say so in words, with a one-click reset; when it was made with an earlier model, say that its
 * assumptions are kept and its figures now come from the current model, with a link to the changelog.
 * The link is then rewritten to what the dashboard actually shows, so sharing it on does not pass the
 * problems along. Text only: nothing from the URL is ever rendered as HTML (React escapes it).
 */
import type { LinkUpgrade } from '@/lib/link/summary';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { MODEL_RELEASES, MODEL_VERSION } from '@/lib/engine';
import { RESERVED_KEYS, canonicalQuery } from '@/lib/scenario';
import { formatDay, formatCount } from '@/lib/format';

function modelName(version: number): string {
  const entry = MODEL_RELEASES.find((c) => c.version === version);
  return entry ? `model v${version} (${formatDay(entry.date)})` : `model v${version}`;
}

/** `initialProblems` and `olderVersion` come from the server's decoding of the same link, so the notice is in the first HTML. */
export function LinkNotice({
  initialProblems,
  problemCount = initialProblems.length,
  olderVersion = null,
  upgrade = null,
  onReset,
}: {
  /** The first problems (the server sends at most MAX_LISTED_PROBLEMS); `problemCount` says how many in all. */
  initialProblems: readonly string[];
  problemCount?: number;
  olderVersion?: number | null;
  /** For an older link: whether it named its version (`v=`), and the weights written in beside the ones it set. */
  upgrade?: LinkUpgrade | null;
  onReset: () => void;
}) {
  const [problems, setProblems] = useState<readonly string[]>(initialProblems);
  const [older, setOlder] = useState<number | null>(olderVersion);
  useEffect(() => {
    // The server read this same address: a clean, current link (the usual case) has nothing to tidy, so the
    // reader with every migration is fetched only for a link that needs it.
    const search = window.location.search;
    const hasFrom = new URLSearchParams(search).has(RESERVED_KEYS.from);
    if (initialProblems.length === 0 && !problemCount && olderVersion == null && !hasFrom) return;
    let live = true;
    void import('@/lib/scenario/decode').then(({ decodeScenario }) => {
      if (!live || window.location.search !== search) return;
      const decoded = decodeScenario(search);
      if (decoded.problems.length === 0 && decoded.olderVersion === null && !hasFrom) return;
      const canonical = canonicalQuery(decoded);
      const url = `${window.location.pathname}${canonical ? `?${canonical}` : ''}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    });
    return () => {
      live = false;
    };
    // Once, for the address the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (problems.length === 0 && older === null) return null;
  const shown = problems.slice(0, 8);
  const dismiss = () => {
    setProblems([]);
    setOlder(null);
  };
  return (
    <div role="status" className="mt-3 rounded-lg border-2 border-aws bg-card p-4 text-card-foreground" data-testid="link-notice">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-[min(100%,20rem)] flex-1 space-y-2">
          {older !== null && (
            <p data-testid="model-change-notice">
              <span className="font-semibold">
                {upgrade && !upgrade.versionNamed
                  ? `This link names no model version, so it is read as a link from the first release, ${modelName(older)}.`
                  : `This link was made with ${modelName(older)}.`}
              </span>{' '}
              {/* Plain words for an executive (a new-user review met v1's parameter names here on a hand-typed link);
                  what each version changed, and how a key's value converts, is in the changelog the link opens. */}
              {`Its figures now come from model v${MODEL_VERSION}: every assumption the link set is kept in v${MODEL_VERSION}’s terms, and the rest are v${MODEL_VERSION}’s Public data${MODEL_VERSION >= 3 ? ', fitted to the facts ledger' : ''}.`}{' '}
              <Link href="/methodology#changelog" prefetch={false} className="font-medium underline underline-offset-4">
                What changed in the model
              </Link>
            </p>
          )}
          {older !== null && upgrade && upgrade.writtenIn.length > 0 && (
            <div data-testid="written-in">
              <p className="text-sm">
                To keep the shares it set,{' '}
                {upgrade.writtenIn.length === 1 ? 'this weight beside them was' : `these ${upgrade.writtenIn.length} weights beside them were`} written in from
                model v{older}’s values:
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                {upgrade.writtenIn.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {problems.length > 0 && (
            <div>
              <p className="font-semibold">This link had settings the dashboard could not use as given.</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                {shown.map((message, i) => (
                  <li key={i} className="break-words">
                    {message}
                  </li>
                ))}
              </ul>
              {problemCount > shown.length && <p className="mt-1 text-sm text-muted-foreground">…and {formatCount(problemCount - shown.length)} more.</p>}
              <p className="mt-1 text-sm text-muted-foreground">Everything else in the link is shown as its sender set it.</p>
            </div>
          )}
        </div>
        {/* Keeping the sender's scenario is the usual answer, so Dismiss is the strong button; Reset throws the link away. */}
        <div className="flex gap-2">
          <button type="button" onClick={dismiss} className="min-h-9 rounded-md bg-foreground px-3 text-sm font-medium text-background">
            Dismiss
          </button>
          <button
            type="button"
            onClick={() => {
              onReset();
              dismiss();
            }}
            className="min-h-9 rounded-md px-3 text-sm font-medium ring-1 ring-border"
          >
            Reset to Public data
          </button>
        </div>
      </div>
    </div>
  );
}
