'use client';
/**
 * The URL as state (url-schema.ts), with the writes every scenario hook shares.
 *
 * History: the first change of a gesture (a drag or a key press) pushes one entry, later changes of the
 * same gesture replace it, throttled, so Back undoes a whole drag and browsers never rate-limit us.
 */
import { throttle, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useRef } from 'react';
import { SCHEMA_VERSION } from '@/lib/scenario';
import { URL_THROTTLE_MS, urlKeys, urlSchema, writesAnything, type UrlState, type UrlUpdate } from './url-schema';

/**
 * 'drag': a value during a gesture (the first pushes a history entry, the rest replace it);
 * 'commit': a one-off change (pushed); 'end': the gesture is over, nothing to write. A slider ends its
 * gesture with 'end', not with the value Radix reports on commit: Radix computes that value inside a
 * state updater, which under load can run after the next key press and would write a stale value back.
 */
export type ChangeKind = 'drag' | 'commit' | 'end';

export interface UrlStore {
  /** The URL state of this render. */
  state: UrlState;
  /**
   * The latest state, including writes not rendered yet (a drag fires faster than renders). Setters read
   * it, so they stay stable across renders and memoised controls re-render only when their value changes.
   */
  latest: () => UrlState;
  /** Writes an update as a new history entry (`push`) or in place of the current one; `v` follows. */
  apply: (update: UrlUpdate, push: boolean) => void;
  /** Writes one step of a gesture: the first pushes, the rest of a drag replace (ChangeKind). */
  step: (update: UrlUpdate, kind: 'drag' | 'commit') => void;
  /** Ends the current gesture: the next step pushes its own entry. */
  endGesture: () => void;
}

export function useUrlState(): UrlStore {
  const [state, setQuery] = useQueryStates(urlSchema, {
    urlKeys,
    history: 'replace',
    limitUrlUpdates: throttle(URL_THROTTLE_MS),
  });
  const latest = useRef({ state, setQuery });
  useEffect(() => {
    latest.current = { state, setQuery };
  });
  // Whether the current gesture already pushed its history entry.
  const gesturePushed = useRef(false);

  /** Applies an update, keeping `v` present exactly when anything else is in the URL. */
  const apply = useCallback((update: UrlUpdate, push: boolean) => {
    const { state: current, setQuery: set } = latest.current;
    const next: UrlState = Object.assign({}, current, update);
    // Keep the ref current for a second update in the same tick.
    latest.current = { state: next, setQuery: set };
    void set({ ...update, version: writesAnything(next) ? SCHEMA_VERSION : null }, { history: push ? 'push' : 'replace' });
  }, []);

  const step = useCallback(
    (update: UrlUpdate, kind: 'drag' | 'commit') => {
      const push = !gesturePushed.current;
      gesturePushed.current = kind === 'drag';
      apply(update, push);
    },
    [apply],
  );
  const endGesture = useCallback(() => {
    gesturePushed.current = false;
  }, []);
  const current = useCallback(() => latest.current.state, []);

  return { state, latest: current, apply, step, endGesture };
}
