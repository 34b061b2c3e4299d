/**
 * Writes a story's deck (lib/view-models/deck.ts) as a PDF with jsPDF: one 16:9 page per slide, its
 * figures, the server-drawn image of its primary chart, and a link back to its live scenario (the footer
 * line and the chart are both clickable); a slide's private presenter note is printed under its face, as
 * speaker notes, never on it. Loaded only when a deck is asked for.
 */
import { jsPDF } from 'jspdf';
import { CLOUD_COLORS, LIGHT_THEME } from '@/lib/palette';
import { pdfText, type DeckPanel, type DeckSlide } from '@/lib/view-models/deck';

// 16:9 in points (a 13.33 × 7.5 in slide, as presentation software uses).
const W = 960;
const H = 540;
const M = 40;
/** Below a slide with a presenter note: the note, as speaker notes, on a band under the slide's face. */
const NOTES_H = 110;

function pageHeight(slide: DeckSlide | undefined): number {
  return slide?.note ? H + NOTES_H : H;
}

function hex(color: string): Rgb {
  const h = color.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

/** The PNG of a chart as bytes with its size, or null (the slide then says so in words). */
async function fetchImage(path: string): Promise<{ bytes: Uint8Array; width: number; height: number } | null> {
  try {
    const response = await fetch(path);
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    // PNG: width and height are the IHDR chunk's first two 32-bit big-endian numbers.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) return null;
    return { bytes, width: view.getUint32(16), height: view.getUint32(20) };
  } catch {
    return null;
  }
}

type Rgb = [number, number, number];

/** A view's answer drawn as bars (Risk's odds, Compare's largest changes), with its title and sentence. */
function drawPanel(pdf: jsPDF, panel: DeckPanel, box: { x: number; y: number; w: number; h: number }, ink: Rgb, muted: Rgb) {
  let y = box.y + 14;
  pdf.setTextColor(...ink);
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(15);
  const title = pdf.splitTextToSize(pdfText(panel.title), box.w);
  pdf.text(title, box.x, y);
  y += title.length * 18 + 4;
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(11.5);
  const sentence = pdf.splitTextToSize(pdfText(panel.sentence), box.w);
  pdf.text(sentence, box.x, y);
  y += sentence.length * 14 + 14;
  const labelW = 190;
  const textW = 70;
  const barW = box.w - labelW - textW - 12;
  const rowH = Math.min(34, (box.y + box.h - y) / Math.max(1, panel.rows.length));
  const largest = Math.max(1e-9, ...panel.rows.map((r) => Math.abs(r.value)));
  const zero = panel.kind === 'share' ? box.x + labelW : box.x + labelW + barW / 2;
  for (const row of panel.rows) {
    pdf.setFontSize(11);
    pdf.setTextColor(...ink);
    pdf.text(pdf.splitTextToSize(pdfText(row.label), labelW - 10).slice(0, 2), box.x, y + rowH / 2 - 2, { baseline: 'middle' });
    const length = panel.kind === 'share' ? Math.max(0, Math.min(1, row.value)) * barW : (Math.abs(row.value) / largest) * (barW / 2);
    const x = panel.kind === 'signed' && row.value < 0 ? zero - length : zero;
    pdf.setFillColor(243, 244, 246);
    pdf.rect(box.x + labelW, y + rowH * 0.2, barW, rowH * 0.6, 'F');
    pdf.setFillColor(...hex(row.color));
    pdf.rect(x, y + rowH * 0.2, Math.max(0.8, length), rowH * 0.6, 'F');
    pdf.setFont('helvetica', 'bold');
    pdf.text(pdfText(row.text), box.x + labelW + barW + 8, y + rowH / 2, { baseline: 'middle' });
    pdf.setFont('helvetica', 'normal');
    y += rowH;
  }
  if (panel.kind === 'signed') {
    pdf.setDrawColor(...muted);
    pdf.line(zero, y - rowH * panel.rows.length, zero, y);
  }
}

export async function writeDeck(slides: readonly DeckSlide[]): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [W, pageHeight(slides[0])], compress: true });
  pdf.setProperties({ title: slides[0]?.title ?? 'Story', creator: 'AI Infrastructure Economics Explorer' });
  const images = await Promise.all(slides.map((s) => (s.imagePath ? fetchImage(s.imagePath) : Promise.resolve(null))));
  const ink = hex(LIGHT_THEME.foreground);
  const muted = hex(LIGHT_THEME.mutedForeground);
  slides.forEach((slide, i) => {
    if (i > 0) pdf.addPage([W, pageHeight(slide)], 'landscape');
    pdf.setTextColor(...ink);
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(28);
    pdf.text(pdfText(slide.title), M, M + 22, { maxWidth: W - 2 * M - 60 });
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(13);
    pdf.setTextColor(...muted);
    pdf.text(`${slide.number} / ${slides.length}`, W - M, M + 20, { align: 'right' });
    // The note is the presenter's: never on the slide's face (it goes under it, below).
    if (slide.summary) pdf.text(pdfText(slide.summary), M, M + 46, { maxWidth: W - 2 * M });

    // Left, narrow: the three hyperscalers' figures and the sentence; the chart gets the rest, so its
    // labels stay readable at slide size.
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(9.5);
    pdf.setTextColor(...muted);
    pdf.text(pdfText(slide.figuresLabel), M, M + 70, { maxWidth: 215 });
    let y = M + 96;
    for (const f of slide.figures) {
      pdf.setFillColor(...hex(CLOUD_COLORS[f.cloud]));
      pdf.rect(M, y - 11, 5, 52, 'F');
      pdf.setTextColor(...ink);
      pdf.setFont('helvetica', 'bold');
      pdf.setFontSize(12);
      pdf.text(pdfText(f.label), M + 13, y);
      pdf.setFontSize(26);
      pdf.text(pdfText(f.text), M + 13, y + 26);
      pdf.setFont('helvetica', 'normal');
      pdf.setFontSize(9);
      pdf.setTextColor(...muted);
      pdf.text(pdfText(`${f.aside}, 2025-2031`), M + 13, y + 39);
      y += 64;
    }
    pdf.setTextColor(...ink);
    pdf.setFontSize(10.5);
    pdf.text(pdf.splitTextToSize(pdfText(slide.sentence), 205), M, y + 4);

    // Right: the chart image (linked to the live slide), or words where the view has none.
    const box = { x: 270, y: M + 64, w: W - M - 270, h: H - M - 64 - 46 };
    const image = images[i];
    if (image) {
      const scale = Math.min(box.w / image.width, box.h / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      pdf.addImage(image.bytes, 'PNG', box.x, box.y, w, h, undefined, 'FAST');
      pdf.link(box.x, box.y, w, h, { url: slide.liveUrl });
    } else if (slide.panel) {
      drawPanel(pdf, slide.panel, box, ink, muted);
      pdf.link(box.x, box.y, box.w, box.h, { url: slide.liveUrl });
    } else {
      pdf.setDrawColor(...muted);
      pdf.setLineDashPattern([4, 4], 0);
      pdf.rect(box.x, box.y, box.w, box.h / 2);
      pdf.setLineDashPattern([], 0);
      pdf.setFontSize(14);
      pdf.setTextColor(...muted);
      const words = slide.imageNote ?? 'The chart could not be drawn for this slide: open the link below to see it live.';
      pdf.text(pdf.splitTextToSize(pdfText(words), box.w - 40), box.x + 20, box.y + 40);
    }

    // Footer: the link back to this slide's live scenario.
    pdf.setFontSize(11);
    pdf.setTextColor(...muted);
    pdf.text('Open this slide live:', M, H - 28);
    pdf.setTextColor(0, 90, 160);
    const shown = slide.liveUrl.length > 110 ? `${slide.liveUrl.slice(0, 107)}...` : slide.liveUrl;
    pdf.textWithLink(pdfText(shown), M + 104, H - 28, { url: slide.liveUrl });
    pdf.setTextColor(...muted);
    pdf.setFontSize(9);
    pdf.text('AI Infrastructure Economics Explorer · every figure traces to a sourced assumption: see /methodology', M, H - 14);

    // Under the slide's face, as speaker notes: the presenter's private note, labelled as such.
    if (slide.note) {
      pdf.setFillColor(243, 244, 246);
      pdf.rect(0, H, W, NOTES_H, 'F');
      pdf.setDrawColor(...muted);
      pdf.line(0, H, W, H);
      pdf.setTextColor(...muted);
      pdf.setFont('helvetica', 'bold');
      pdf.setFontSize(10);
      pdf.text('PRESENTER NOTE (private: not part of the slide)', M, H + 24);
      pdf.setFont('helvetica', 'normal');
      pdf.setFontSize(12);
      pdf.setTextColor(...ink);
      pdf.text(pdf.splitTextToSize(pdfText(slide.note), W - 2 * M).slice(0, 4), M, H + 44);
    }
  });
  return pdf.output('blob');
}
