/**
 * Code fetched on demand, once for every instance, and remembered once here: what a lazily loaded view
 * (lazy-view.tsx) and a deferred control (deferred-control.tsx) share. A failed fetch is forgotten, so a
 * later render, intent or Retry tries again.
 */
export interface LoadOnce<T> {
  /** The one fetch in flight or done (a new one after a failure). */
  get: () => Promise<T>;
  /** What the fetch gave, once it has: a part mounted later draws it at once, with no placeholder frame. */
  loaded: () => T | null;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | null = null;
  let value: T | null = null;
  return {
    get: () =>
      (loading ??= load().then(
        (v) => (value = v),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      )),
    loaded: () => value,
  };
}
