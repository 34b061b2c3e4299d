'use client';
/**
 * Present mode's keys, as a clicker or a keyboard sends them: Right, Down, PageDown, Space, Enter: next;
 * Left, Up, PageUp: back; Home/End; a number then Enter jumps; B or "." blacks the screen out and back; F
 * toggles full screen; A opens the live drawer; R resets the slide; N opens the presenter's window; Esc
 * leaves (or brings a blacked-out screen back). Keys typed into a control, or while the drawer is open, are
 * the control's. Returns the digits typed so far (the toolbar shows them).
 */
import { useEffect, useState } from 'react';

/** How long typed digits wait for Enter before they are forgotten. */
const DIGIT_TIMEOUT_MS = 2500;

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function toggleFullscreen() {
  // A keypress is a user gesture, so the request is allowed; a browser may still refuse (a frame, a policy).
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function usePresentKeys({
  n,
  count,
  blackout,
  drawerOpen,
  go,
  leave,
  reset,
  openNotes,
  setBlackout,
  openDrawer,
}: {
  n: number;
  count: number;
  blackout: boolean;
  drawerOpen: boolean;
  go: (to: number) => void;
  leave: () => void;
  reset: () => void;
  openNotes: () => void;
  setBlackout: (on: boolean) => void;
  openDrawer: () => void;
}): string {
  const [digits, setDigits] = useState('');
  // Typed digits are forgotten after a pause.
  useEffect(() => {
    if (!digits) return;
    const t = window.setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
    return () => window.clearTimeout(t);
  }, [digits]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || drawerOpen) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="slider"], [role="dialog"]')) return;
      // Space and Enter on a focused button press that button, not the slide.
      const onControl = !!target?.closest('button, a[href], summary');
      const key = e.key;
      let handled = true;
      if (NEXT_KEYS.has(key) || ((key === ' ' || key === 'Enter') && !onControl && !digits)) {
        if (blackout) setBlackout(false);
        else go(n + 1);
      } else if (PREV_KEYS.has(key)) {
        if (blackout) setBlackout(false);
        else go(n - 1);
      } else if (key === 'Enter' && digits) {
        // Typed digits then Enter jump, even with a button focused (after the drawer closes, focus is back on
        // its button, and Enter opened the drawer again): preventDefault below keeps the button from pressing.
        setBlackout(false);
        go(Number(digits));
        setDigits('');
      } else if (/^[0-9]$/.test(key)) {
        setDigits((d) => (d + key).slice(-3));
      } else if (key === 'Home') go(1);
      else if (key === 'End') go(count);
      else if (key === 'b' || key === 'B' || key === '.') {
        setBlackout(!blackout);
      } else if (key === 'f' || key === 'F') toggleFullscreen();
      else if (key === 'a' || key === 'A') openDrawer();
      else if (key === 'r' || key === 'R') reset();
      else if (key === 'n' || key === 'N') openNotes();
      else if (key === 'Escape') {
        if (blackout) setBlackout(false);
        else leave();
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blackout, count, digits, drawerOpen, go, leave, n, reset, openNotes, setBlackout, openDrawer]);
  return digits;
}
