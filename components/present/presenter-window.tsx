'use client';
/**
 * The presenter's own view (issue 20): a second window, opened from present mode, with the slide's private
 * note, the next slide's title and a running timer. Nothing in it is projected: the note never appears on
 * the slide itself. The window's content is rendered from present mode through a portal, so it follows
 * the slides as they change; keys pressed in it step the slides as they do on the projected page.
 */
import { useEffect, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';

/** The window's name: opening it again reuses the same window. */
export const PRESENTER_WINDOW_NAME = 'ai-infra-presenter-notes';

/** Elapsed time as m:ss (h:mm:ss past an hour). */
export function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const PAGE: CSSProperties = { fontFamily: 'system-ui, sans-serif', margin: 0, padding: '24px', background: '#fff', color: '#111827', lineHeight: 1.4 };
const MUTED: CSSProperties = { color: '#4b5563', fontSize: '16px', margin: '0 0 4px' };

/**
 * Opens (or reuses) the presenter window; null when the browser refused it. Called from a key press or a
 * click, so the browser allows it.
 */
export function openPresenterWindow(): Window | null {
  const w = window.open('', PRESENTER_WINDOW_NAME, 'popup,width=720,height=520');
  if (!w) return null;
  setWindowTitle(w, 'Presenter notes');
  w.document.documentElement.lang = 'en';
  return w;
}

function setWindowTitle(w: Window, title: string) {
  w.document.title = title;
}

export function PresenterWindow({
  win,
  n,
  count,
  title,
  note,
  nextTitle,
  startedAt,
  onClosed,
}: {
  win: Window;
  n: number;
  count: number;
  title: string;
  note: string;
  /** The next slide's title, or null on the last slide. */
  nextTitle: string | null;
  /** When present mode started (ms since the epoch): the timer counts from it. */
  startedAt: number;
  onClosed: () => void;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, []);
  // Closed by the presenter: present mode forgets it. Keys pressed in it reach present mode's handler.
  useEffect(() => {
    const closed = window.setInterval(() => {
      if (win.closed) onClosed();
    }, 500);
    const forward = (e: KeyboardEvent) => {
      const copy = new KeyboardEvent('keydown', { key: e.key, cancelable: true });
      window.dispatchEvent(copy);
      if (copy.defaultPrevented) e.preventDefault();
    };
    win.addEventListener('keydown', forward);
    return () => {
      window.clearInterval(closed);
      win.removeEventListener('keydown', forward);
    };
  }, [win, onClosed]);
  useEffect(() => setWindowTitle(win, `Presenter notes: slide ${n} of ${count}`), [win, n, count]);
  return createPortal(
    <main style={PAGE} data-testid="presenter-notes">
      <p style={MUTED}>
        Slide {n} of {count} · <span data-testid="presenter-timer">{elapsedText(now - startedAt)}</span> elapsed
      </p>
      <h1 style={{ fontSize: '28px', margin: '0 0 16px' }}>{title}</h1>
      <h2 style={{ ...MUTED, fontWeight: 600, textTransform: 'uppercase', letterSpacing: '0.04em' }}>Your note (private)</h2>
      <p style={{ fontSize: '24px', margin: '0 0 24px' }} data-testid="presenter-note">
        {note || 'No note for this slide.'}
      </p>
      <h2 style={{ ...MUTED, fontWeight: 600, textTransform: 'uppercase', letterSpacing: '0.04em' }}>Next</h2>
      <p style={{ fontSize: '20px', margin: 0 }} data-testid="presenter-next">
        {nextTitle ?? 'This is the last slide.'}
      </p>
    </main>,
    win.document.body,
  );
}
