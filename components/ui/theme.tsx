'use client';
/**
 * Theme: follows the system setting until the user picks Light or Dark (remembered in localStorage).
 * Applied as a class on <html> after hydration; light is the default and the projector theme.
 */
import { useEffect } from 'react';
import { useUiStore, type ThemeChoice } from '@/lib/state/ui-store';
import { buttonClass } from './button';

const STORAGE_KEY = 'theme';
const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * The stored choice, or null. Storage can be refused (a third-party frame such as an embed in a browser
 * that blocks third-party storage, private modes): then the theme is simply not remembered.
 */
function readChoice(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
function writeChoice(choice: ThemeChoice) {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

export function ThemeApplier() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  useEffect(() => {
    const stored = readChoice();
    if (stored === 'light' || stored === 'dark') setTheme(stored);
  }, [setTheme]);
  useEffect(() => {
    // An embed (app/embed) is light unless its link says theme=dark, whatever this browser chose here.
    if (window.location.pathname === '/embed') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  return null;
}

/** Each choice's mark for the compact toggle: a half-filled disc (Auto: follows the system), a sun, a moon. */
function ThemeMark({ value }: { value: ThemeChoice }) {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      {value === 'system' ? (
        <>
          <circle cx="9" cy="9" r="6.5" />
          <path d="M9 2.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" stroke="none" />
        </>
      ) : value === 'light' ? (
        <>
          <circle cx="9" cy="9" r="3.3" />
          <path d="M9 1.5v2M9 14.5v2M1.5 9h2M14.5 9h2M3.7 3.7l1.4 1.4M12.9 12.9l1.4 1.4M3.7 14.3l1.4-1.4M12.9 5.1l1.4-1.4" />
        </>
      ) : (
        <path d="M14.5 11.2A6.5 6.5 0 0 1 6.8 3.5a6.5 6.5 0 1 0 7.7 7.7z" />
      )}
    </svg>
  );
}

/**
 * Auto, Light and Dark side by side. `compact` draws each as its mark, named for screen readers and on
 * hover, so the header keeps one row on a 1280 px screen (the words cost 65 px).
 */
export function ThemeToggle({ compact = false }: { compact?: boolean }) {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <div role="group" aria-label="Theme" className="inline-flex rounded-md ring-1 ring-border">
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          aria-pressed={theme === c.value}
          aria-label={compact ? c.label : undefined}
          title={compact ? `Theme: ${c.label}` : undefined}
          onClick={() => {
            setTheme(c.value);
            writeChoice(c.value);
          }}
          className={`inline-flex min-h-9 items-center justify-center text-sm first:rounded-l-md last:rounded-r-md ${compact ? 'min-w-9 px-2' : 'px-2.5'} ${theme === c.value ? 'bg-foreground font-semibold text-background' : 'hover:bg-muted'}`}
        >
          {compact ? <ThemeMark value={c.value} /> : c.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The theme on a phone, in one button beside Export: each press moves Auto → Light → Dark → Auto. It says
 * the theme it shows and, to a screen reader, the one a press gives.
 */
export function ThemeCycle() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const at = Math.max(
    0,
    CHOICES.findIndex((c) => c.value === theme),
  );
  const current = CHOICES[at] ?? CHOICES[0]!;
  const next = CHOICES[(at + 1) % CHOICES.length] ?? CHOICES[0]!;
  return (
    <button
      type="button"
      onClick={() => {
        setTheme(next.value);
        writeChoice(next.value);
      }}
      aria-label={`Theme: ${current.label}. Switch to ${next.label}`}
      className={buttonClass()}
    >
      Theme: {current.label}
    </button>
  );
}
