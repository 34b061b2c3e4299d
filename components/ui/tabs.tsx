'use client';
/**
 * A tab list (WAI-ARIA Authoring Practices, "Tabs with automatic activation"): one tab in the Tab order (the
 * selected one), ←/→ move to the previous or next tab and select it (wrapping), Home and End to the first
 * and last. The caller renders the panel (role="tabpanel", id `panelId(value)`, aria-labelledby
 * `tabId(value)`), only the selected one.
 *
 * Ours rather than Radix Tabs, for the first load (issue 19, measured with `npm run bench:bundle -- /`): Radix
 * Tabs brought its collection, roving-focus, presence, slot and context packages, 24 KB of the dashboard's
 * first-load JavaScript (about 7 KB as sent) and their registration effects to hydrate, for a pattern of
 * four keys. Dialogs, popovers and sliders stay Radix's.
 */
import { useRef, type KeyboardEvent, type PointerEventHandler, type ReactNode } from 'react';

export function TabList<T extends string>({
  label,
  values,
  value,
  onChange,
  tabId,
  panelId,
  children,
  className,
  tabClassName,
  onPointerEnterTab,
}: {
  /** The list's accessible name. */
  label: string;
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
  tabId: (value: T) => string;
  panelId: (value: T) => string;
  /** Each tab's words. */
  children: (value: T) => ReactNode;
  className?: string;
  tabClassName?: string;
  /** A tab the pointer reached (to fetch what it opens ahead of the press). */
  onPointerEnterTab?: (value: T) => PointerEventHandler<HTMLButtonElement> | undefined;
}) {
  const tabs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = values.indexOf(value);
    const n = values.length;
    const to = e.key === 'ArrowRight' ? (at + 1) % n : e.key === 'ArrowLeft' ? (at - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    if (to === null || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = values[to]!;
    onChange(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={className} onKeyDown={onKeyDown}>
      {values.map((v) => {
        const selected = v === value;
        return (
          <button
            key={v}
            ref={(el) => {
              if (el) tabs.current.set(v, el);
              else tabs.current.delete(v);
            }}
            type="button"
            role="tab"
            id={tabId(v)}
            aria-selected={selected}
            aria-controls={panelId(v)}
            tabIndex={selected ? 0 : -1}
            data-state={selected ? 'active' : 'inactive'}
            className={tabClassName}
            onClick={() => {
              if (!selected) onChange(v);
            }}
            onPointerEnter={onPointerEnterTab?.(v)}
          >
            {children(v)}
          </button>
        );
      })}
    </div>
  );
}
