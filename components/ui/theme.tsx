'use client';
/**
 * Theme: follows the system setting until the user picks Light or Dark (remembered in localStorage).
 * Applied as a class on <html> after hydration; light is the default and the projector theme.
 */
import { useEffect } from 'react';
import { useUiStore, type ThemeChoice } from '@/lib/state/ui-store';

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

export function ThemeToggle() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <div role="group" aria-label="Theme" className="inline-flex rounded-md ring-1 ring-border">
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          aria-pressed={theme === c.value}
          onClick={() => {
            setTheme(c.value);
            writeChoice(c.value);
          }}
          className={`min-h-9 px-2.5 text-sm first:rounded-l-md last:rounded-r-md ${theme === c.value ? 'bg-foreground font-semibold text-background' : 'hover:bg-muted'}`}
        >
          {c.label}
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
  const at = Math.max(0, CHOICES.findIndex((c) => c.value === theme));
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
      className="min-h-10 rounded-md px-3 text-sm font-medium ring-1 ring-border hover:bg-muted"
    >
      Theme: {current.label}
    </button>
  );
}
