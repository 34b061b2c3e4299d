'use client';
/**
 * A part of the dashboard whose code loads on demand (the Risk and Compare views, the controls, present
 * mode), inside its own error boundary: when its code cannot be fetched (the server unreachable, or a new
 * deploy removed the old chunks), that part says so with a Retry, and the rest of the dashboard, with the
 * scenario in its link, stays as it was. Rendered on the server and during hydration as its placeholder
 * (as next/dynamic's ssr: false). Retry makes a fresh lazy component, so the import is attempted again.
 */
import { Component, Suspense, lazy, useState, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { loadOnce } from './load-once';
import { useHydrated } from './use-hydrated';

class LoadBoundary extends Component<{ onRetry: () => void; what: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Could not load ${this.props.what}:`, error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="rounded-lg border-2 border-negative bg-card p-4 text-card-foreground" data-testid="load-failed">
        <p className="font-semibold">{`The ${this.props.what} could not be loaded.`}</p>
        <p className="mt-1 text-sm">The connection may have dropped, or the site was just updated. Your scenario is kept: it is in the page’s link.</p>
        <button
          type="button"
          onClick={this.props.onRetry}
          className="mt-3 min-h-10 rounded-md bg-foreground px-4 text-sm font-semibold text-background hover:opacity-90"
        >
          Retry
        </button>
      </div>
    );
  }
}

/**
 * A component loaded by `load` when first rendered in the browser, showing `placeholder` meanwhile (and on
 * the server), and a message with Retry if loading fails. `what` names it in that message ("Risk view").
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
  placeholder: () => ReactNode = () => null,
): ComponentType<P> & { preload: () => void } {
  // Loaded by preload before any render needed it: the first render draws it at once, no placeholder frame.
  // A retry's lazy component fetches afresh (a failed fetch is forgotten by loadOnce).
  const code = loadOnce(load);
  const make = () => lazy(() => code.get().then((C) => ({ default: C })));
  let first: ComponentType<P> | null = null;
  function LazyView(props: P) {
    const mounted = useHydrated();
    // Attempt 0 shares one lazy component across instances; a retry gets its own, loaded afresh.
    const [attempt, setAttempt] = useState<{ n: number; View: ComponentType<P> | null }>({ n: 0, View: null });
    if (!mounted) return placeholder();
    // Never switch an instance from one to the other (a new component type remounts it and loses its state):
    // the lazy wrapper once made, else the loaded component, else a new lazy wrapper.
    const View = attempt.View ?? first ?? code.loaded() ?? (first = make());
    return (
      <LoadBoundary key={attempt.n} what={what} onRetry={() => setAttempt((a) => ({ n: a.n + 1, View: make() }))}>
        <Suspense fallback={placeholder()}>
          <View {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  LazyView.displayName = `LazyView(${what})`;
  /** Fetches the code ahead of the first render (on intent, or when idle); a failure is left to that render. */
  LazyView.preload = () => {
    code.get().catch(() => undefined);
  };
  return LazyView;
}
