'use client';
/**
 * Copy the link (with a confirmation) and, where the browser has one, the native share sheet. The link is
 * written from the state on screen at the moment of the click, and the address bar is brought up to date
 * with it, so a link copied mid-drag is never older than the screen.
 */
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

/** The page's URL for a query, keeping the path and #hash. */
function linkFor(query: string): string {
  const { origin, pathname, hash } = window.location;
  return `${origin}${pathname}${query ? `?${query}` : ''}${hash}`;
}

export function ShareControls({ title, currentQuery }: { title: string; currentQuery: () => string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [canShare, setCanShare] = useState(false);
  useEffect(() => {
    // navigator.share exists only in the browser (and not in every browser).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCanShare(typeof navigator.share === 'function');
  }, []);
  useEffect(() => {
    if (copied === 'idle') return;
    const t = window.setTimeout(() => setCopied('idle'), 2500);
    return () => window.clearTimeout(t);
  }, [copied]);

  /** The link for what is on screen now; also writes it to the address bar (the throttled write may lag). */
  const linkNow = () => {
    const url = linkFor(currentQuery());
    if (url !== window.location.href) window.history.replaceState(window.history.state, '', url);
    return url;
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkNow());
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="flex items-center gap-2">
      <Button variant="primary" onClick={copy}>
        {copied === 'copied' ? 'Link copied' : 'Copy link'}
      </Button>
      {canShare && <Button onClick={() => void navigator.share({ title, url: linkNow() }).catch(() => undefined)}>Share…</Button>}
      <span role="status" className="sr-only">
        {copied === 'copied' ? 'Link copied to the clipboard' : copied === 'failed' ? 'Could not copy: select the address bar and copy it' : ''}
      </span>
      {copied === 'failed' && <span className="text-sm text-negative">Copy failed: use the address bar</span>}
    </div>
  );
}
