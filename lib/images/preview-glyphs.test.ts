/**
 * The link preview (app/api/og) is drawn in the bundled Noto Sans (lib/images/fonts), not next/og's default
 * font, which drew doubled gaps between words. Every character a preview can say must be in that font, or it
 * would fall back to a font that is not there.
 */
import { describe, expect, it } from 'vitest';
import { presets } from '@/lib/engine';
import { summariseLink } from '@/lib/link/summary';
import { missingGlyphs } from './fonts';

describe('link preview text', () => {
  it('has every character in the bundled font, for every preset and a changed one', () => {
    for (const query of [...presets.map((p) => `v=3&p=${p.id}`), 'v=3&p=openai-dominance&s1oa=70', 'v=3&gn=-20&gl=300']) {
      const s = summariseLink(query);
      const words = [s.title, s.sentence, s.figuresLabel, ...s.clouds.flatMap((c) => [c.label, c.figure, c.aside, c.also])];
      expect(missingGlyphs(words.join(' ')), query).toEqual([]);
    }
  });
});
