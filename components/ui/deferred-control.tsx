'use client';
/**
 * A control whose code can wait: the header's menus (Scenario, Story, Export) and each chart's Export. The
 * server and hydration render `Stand-in`, a plain button that looks and is named like the real trigger and
 * costs no menu code; the real control's code loads on intent (pointer over it, focus, touch) or when the
 * browser is idle after the load, whichever comes first. A press before it has arrived is kept: the real
 * control opens as it mounts (its `defaultOpen`), and focus stays on its trigger. If the code cannot be
 * fetched, the stand-in stays and a press tries again.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type PointerEvent, type ReactNode } from 'react';
import { loadOnce } from './load-once';

/** What a stand-in gets: spread `intent` on its button. */
export interface StandInProps {
  intent: {
    onPointerEnter: () => void;
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
    onFocus: () => void;
    onTouchStart: () => void;
    onClick: () => void;
  };
}

/** Idle after load: a few seconds after the page settles, never during hydration. */
function whenIdle(run: () => void): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const schedule = () => {
    if (cancelled) return;
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(run, { timeout: 4000 });
    else idle = setTimeout(run, 1500) as unknown as number;
  };
  const timer = window.setTimeout(() => (document.readyState === 'complete' ? schedule() : window.addEventListener('load', schedule, { once: true })), 1500);
  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    window.removeEventListener('load', schedule);
    if (idle === undefined) return;
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}

export function deferredControl<P extends object>(
  load: () => Promise<ComponentType<P & { defaultOpen?: boolean }>>,
  // Typed from the real control: a stand-in may read fewer of its props.
  StandIn: ComponentType<NoInfer<P> & StandInProps>,
): ComponentType<Omit<P, 'defaultOpen'>> {
  type Real = ComponentType<P & { defaultOpen?: boolean }>;
  // One fetch for every instance (three charts share the chart Export's code), and a later intent tries again
  // after a failure. Once fetched, a control mounted later (the header again after present mode) is the real
  // one at once: a stand-in swapped for it between a press's pointer-down and its click lost the press.
  const code = loadOnce<Real>(load);

  function Deferred(ownProps: Omit<P, 'defaultOpen'>) {
    const props = ownProps as P;
    // The real control once its code is here, and whether it was pressed meanwhile (it then opens).
    // Null during hydration (nothing is fetched before it), so the server's stand-in is what hydrates.
    // `mount` keys the real control: a press released on it after it arrived mid-press remounts it open.
    const [real, setReal] = useState<{ C: Real; open: boolean; focus: boolean; mount: number } | null>(() => {
      const C = code.loaded();
      return C ? { C, open: false, focus: false, mount: 0 } : null;
    });
    const pressed = useRef(false);
    // A pointer press on the stand-in not yet released: the press is decided by where it ends.
    const holding = useRef(false);
    const box = useRef<HTMLSpanElement>(null);
    const get = () => {
      if (real) return;
      code.get().then(
        // Read when React applies the swap: a press or focus until then carries over to the real control.
        (C) =>
          setReal((r) => {
            const open = pressed.current && !holding.current;
            if (!r) return { C, open, focus: !!box.current?.contains(document.activeElement), mount: 0 };
            // The code arrived (from a focus or a hover) and the swap was not yet drawn when a press reached the
            // stand-in: open the real control rather than lose the press (Enter right after Tab, on a loaded CI
            // machine, left the Export menu closed).
            return open && !r.open ? { ...r, open: true, mount: r.mount + 1 } : r;
          }),
        () => undefined,
      );
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after hydration
    useEffect(() => whenIdle(get), []);
    // The real trigger replaced the stand-in: keep focus where the reader had it, in the same commit. From a
    // passive effect, a Tab pressed between the stand-in's removal and the refocus moved on from where it had
    // been, to the real trigger: Story took two Tab presses (new-user review).
    useLayoutEffect(() => {
      if (real?.focus && !real.open) box.current?.querySelector<HTMLElement>('button')?.focus();
    }, [real]);
    if (real) {
      const { C } = real;
      return (
        <span ref={box} className="contents">
          <C key={real.mount} {...props} defaultOpen={real.open} />
        </span>
      );
    }
    const press = () => {
      pressed.current = true;
      get();
    };
    // A press that begins on the stand-in is decided where it ends. The code the pointer's arrival fetched can
    // swap the stand-in for the real control between the press's down and up, and the browser then sends the
    // click to neither (an e2e suite on a loaded machine lost a Story and an Export press this way). So a plain
    // primary press by mouse or pen is followed to its release: released on the control, it opens it (the
    // real one, mounted open if it arrived meanwhile); dragged off, cancelled, or a right-click, nothing opens
    // (a new-user review found a drag-off opening the menu). Not a touch: a swipe that starts on a button must
    // not open it; a tap's click still counts.
    const pressDown = (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType === 'touch' || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      press();
      holding.current = true;
      window.addEventListener(
        'pointerup',
        (up) => {
          holding.current = false;
          if (!(up.target instanceof Node && box.current?.contains(up.target))) {
            pressed.current = false;
            return;
          }
          // Released on the real control that arrived mid-press (no click will come): open it.
          setReal((r) => (r && !r.open ? { ...r, open: true, mount: r.mount + 1 } : r));
        },
        { once: true, capture: true },
      );
    };
    const intent: StandInProps['intent'] = {
      onPointerEnter: get,
      onTouchStart: get,
      onFocus: get,
      onPointerDown: pressDown,
      onPointerCancel: () => {
        pressed.current = false;
        holding.current = false;
      },
      onClick: press,
    };
    return (
      <span ref={box} className="contents">
        <StandIn {...props} intent={intent} />
      </span>
    );
  }
  Deferred.displayName = `Deferred(${StandIn.displayName ?? StandIn.name})`;
  return Deferred;
}

/** A stand-in's look: the real trigger's classes and text, as a plain button. */
export function StandInButton({
  className,
  intent,
  children,
  ...rest
}: { className: string; children: ReactNode } & StandInProps & Record<`data-${string}`, string>) {
  return (
    <button type="button" className={className} aria-haspopup="dialog" aria-expanded={false} {...intent} {...rest}>
      {children}
    </button>
  );
}
