'use client';
/**
 * A card's Export menu: its data as CSV (from the model on screen), its image as PNG (2×, for slides) or SVG
 * (drawn by the server, app/api/chart, so everyone gets the same picture) and the code to embed it live in a
 * page (app/embed). Image and embed links are built at the click from the scenario on screen.
 */
import * as Popover from '@radix-ui/react-popover';
import { useEffect, useId, useState } from 'react';
import { downloadFrom } from '@/components/ui/download';
import { downloadTableCsv, scenarioLabelOf } from './csv-download';
import { CHART_IMAGE_SIZE, chartImagePath, embedHeight, embedPath, exportFileName, type ChartId, type ChartModel } from '@/lib/view-models';
import { buttonClass } from '@/components/ui/button';

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a site pastes to show the chart live: an iframe of /embed for the scenario on screen. */
export function embedCode(origin: string, query: string, chartId: ChartId, title: string, model: ChartModel): string {
  const iframe = `<iframe src="${attr(origin + embedPath(query, chartId))}" title="${attr(title)}" width="100%" height="${embedHeight(chartId, model)}" style="border:0" loading="lazy"></iframe>`;
  // The embed posts its height (app/embed); this listener, for the host page, sets the frame to it, so the
  // chart never shows a scroll bar or a gap. Only messages from our origin, and only to the frame that sent it.
  const resize = `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="ai-infra-explorer:height")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`;
  return `${iframe}\n${resize}`;
}

/**
 * One action of the menu: its name says what it does to which chart ("PNG: download the chart image of …");
 * the visible words are its first word (in the name) and a hint (the button's description).
 */
function ExportItem({
  label,
  name,
  hint,
  onSelect,
  warn = false,
  separated = false,
}: {
  label: string;
  name: string;
  hint: string;
  onSelect: () => void;
  warn?: boolean;
  separated?: boolean;
}) {
  const hintId = useId();
  // The hint sits beside the button, not in it (a name must contain all of a button's visible words); the
  // button's ::after stretches over the row, so the hint is clickable too.
  return (
    <li className={`relative rounded px-2.5 py-1.5 text-sm hover:bg-muted has-[:focus-visible]:bg-muted ${separated ? 'mt-0.5 border-t' : ''}`}>
      <button
        type="button"
        aria-label={name}
        aria-describedby={hintId}
        onClick={onSelect}
        className="block text-left font-semibold after:absolute after:inset-0"
      >
        {label}
      </button>
      <span id={hintId} aria-hidden className={`block text-xs ${warn ? 'text-negative' : 'text-muted-foreground'}`}>
        {hint}
      </span>
    </li>
  );
}

export function ChartExport({
  chartId,
  title,
  model,
  currentQuery,
  defaultOpen = false,
}: {
  chartId: ChartId;
  title: string;
  model: ChartModel;
  currentQuery: () => string;
  /** Open on mount: the menu was pressed while its code loaded (components/ui/deferred-control.tsx). */
  defaultOpen?: boolean;
}) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Controlled, so a download closes the menu (the file is on its way; the menu has done its job).
  const [open, setOpen] = useState(defaultOpen);
  useEffect(() => {
    if (copied === 'idle') return;
    const t = window.setTimeout(() => setCopied('idle'), 4000);
    return () => window.clearTimeout(t);
  }, [copied]);

  const image = (format: 'png' | 'svg') => {
    const query = currentQuery();
    downloadFrom(chartImagePath(query, chartId, format), exportFileName(title, scenarioLabelOf(query), format));
    setOpen(false);
  };
  const csv = () => {
    downloadTableCsv(title, model, currentQuery());
    setOpen(false);
  };
  const copyEmbed = async () => {
    try {
      await navigator.clipboard.writeText(embedCode(window.location.origin, currentQuery(), chartId, title, model));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button type="button" className={buttonClass({ size: 'sm', className: 'data-[state=open]:bg-muted' })}>
            Export<span className="sr-only"> {title}</span>
            <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden className="ml-1 inline-block">
              <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </button>
        </Popover.Trigger>
        {/* Not in a portal: the menu stays inside its card, next in the tab order after the button. */}
        <Popover.Content
          align="end"
          sideOffset={6}
          collisionPadding={12}
          aria-label={`Export ${title}`}
          className="z-30 w-64 rounded-md border bg-card p-1.5 text-card-foreground shadow-lg"
        >
          <ul className="space-y-0.5">
            <ExportItem label="CSV" name={`CSV: download the data of ${title}`} hint="The figures, for a spreadsheet" onSelect={csv} />
            <ExportItem
              label="PNG"
              name={`PNG: download the chart image of ${title}`}
              hint={`Image for slides, ${CHART_IMAGE_SIZE.width * CHART_IMAGE_SIZE.scale}×${CHART_IMAGE_SIZE.height * CHART_IMAGE_SIZE.scale}`}
              onSelect={() => image('png')}
            />
            <ExportItem
              label="SVG"
              name={`SVG: download the chart image of ${title}`}
              hint="Image that scales, text kept as text"
              onSelect={() => image('svg')}
            />
            <ExportItem
              label={copied === 'copied' ? 'Embed code copied' : 'Copy embed code'}
              name={`${copied === 'copied' ? 'Embed code copied' : 'Copy embed code'} for ${title}`}
              hint={copied === 'failed' ? 'Could not copy: the browser refused' : 'The live chart in your page (an iframe)'}
              warn={copied === 'failed'}
              onSelect={() => void copyEmbed()}
              separated
            />
          </ul>
        </Popover.Content>
      </Popover.Root>
      <span role="status" className="sr-only">
        {copied === 'copied' ? `Embed code copied: an iframe of ${title}` : copied === 'failed' ? 'Could not copy the embed code' : ''}
      </span>
    </>
  );
}
