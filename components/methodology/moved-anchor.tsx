'use client';
/**
 * Links made before the long tables moved to pages of their own (`/methodology#param-…`, `#group-…`, the
 * seed claims, a preset's values, a context row of the ledger) still land on their row: the fragment never
 * reaches the server, so the browser forwards it, on arrival and on any later change of the fragment. The
 * server passes the patterns (anchors.ts `movedAnchors`), so this code loads nothing of the engine.
 */
import { useEffect } from 'react';

export function MovedAnchor({ moved }: { moved: readonly { pattern: string; path: string }[] }) {
  useEffect(() => {
    const rules = moved.map((m) => ({ re: new RegExp(m.pattern), path: m.path }));
    const forward = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const rule = id ? rules.find((r) => r.re.test(id)) : undefined;
      if (rule) window.location.replace(`${rule.path}${window.location.search}${window.location.hash}`);
    };
    forward();
    window.addEventListener('hashchange', forward);
    return () => window.removeEventListener('hashchange', forward);
  }, [moved]);
  return null;
}
