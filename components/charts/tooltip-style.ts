import type { CSSProperties } from 'react';

/**
 * Tooltip colours from the theme's variables, as inline styles (recharts styles its tooltip inline, so a
 * stylesheet cannot win in every theme). Item text uses the foreground, not the series colour: AWS orange
 * is 2.2:1 on white, and the names carry the meaning.
 */
export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--card)',
  borderColor: 'var(--border)',
  color: 'var(--card-foreground)',
  borderRadius: 6,
  fontSize: 14,
};
export const TOOLTIP_ITEM_STYLE: CSSProperties = { color: 'var(--card-foreground)' };
export const TOOLTIP_LABEL_STYLE: CSSProperties = { color: 'var(--card-foreground)', fontWeight: 600 };
