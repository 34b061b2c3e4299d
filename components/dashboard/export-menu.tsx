'use client';
/**
 * The header's "Export" menu: the scenario to a JSON file and back, and printing the view on one page.
 *
 * The file is written from the state on screen at the click (`currentQuery`), never from the address bar,
 * which trails a drag by one throttle window. An imported file is read like a link (lib/scenario/json.ts):
 * a readable one replaces the scenario as one history entry (Back undoes it) and its problems are listed;
 * an unreadable one changes nothing and says why. Its code (and zod) loads at the first click.
 *
 * The line only paper shows (the scenario's name and its full link) is print-line.tsx, beside the menu.
 */
import * as Popover from '@radix-ui/react-popover';
import { downloadText } from '@/components/ui/download';
import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { listedProblems } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { buttonClass } from '@/components/ui/button';
import { formatCount } from '@/lib/format';

type Status = { kind: 'idle' } | { kind: 'done'; message: string; problems: string[] } | { kind: 'refused'; problems: string[] };

const item = 'flex min-h-10 w-full items-center rounded-md px-3 text-left text-sm font-medium hover:bg-muted';

export function ExportMenu({ state, defaultOpen = false }: { state: ScenarioState; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // A download's confirmation, said after the menu closes (the browser shows the file itself).
  const [downloaded, setDownloaded] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    // Read the state before loading the module, so the file is what was on screen at the click.
    const query = state.currentQuery();
    const { scenarioJsonFileName, scenarioJsonFromQuery, scenarioJsonText } = await import('@/lib/scenario/json');
    const doc = scenarioJsonFromQuery(query);
    const filename = scenarioJsonFileName(doc);
    downloadText(filename, scenarioJsonText(doc), 'application/json');
    // Done: the menu closes, as a chart's Export menu does, and focus returns to its button. An import stays
    // open instead, since what it read (and any problems) is said inside the menu.
    setOpen(false);
    setDownloaded(`Downloaded “${doc.name}” as ${filename}.`);
  };

  const importText = async (text: string, fileName: string) => {
    const { scenarioFromJson, scenarioJsonFromQuery } = await import('@/lib/scenario/json');
    const result = scenarioFromJson(text);
    if (!result.ok) {
      setStatus({ kind: 'refused', problems: result.problems.map((p) => `${fileName}: ${p}`) });
      return;
    }
    state.loadLink(result.decoded);
    const name = scenarioJsonFromQuery(result.query).name;
    setStatus({
      kind: 'done',
      message: `Imported “${name}” from ${fileName}${result.problems.length ? `, with ${result.problems.length === 1 ? 'one problem' : `${result.problems.length} problems`}:` : '.'}`,
      problems: result.problems,
    });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // The size first: a 500 MB file read in full froze the page for seconds before being refused.
    const { scenarioFileTooLarge } = await import('@/lib/scenario/json');
    const tooLarge = scenarioFileTooLarge(file.size);
    if (tooLarge) {
      setStatus({ kind: 'refused', problems: [`${file.name}: ${tooLarge}`] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'refused', problems: [`${file.name}: the file could not be read.`] });
      return;
    }
    await importText(text, file.name);
  };

  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void importFile(file);
  };
  // A pasted file, or pasted text that looks like a document (a scenario copied from an editor).
  const onPaste = (event: ClipboardEvent) => {
    const file = event.clipboardData.files[0];
    const text = event.clipboardData.getData('text/plain');
    if (file) void importFile(file);
    else if (text.trim().startsWith('{')) void importText(text, 'the pasted text');
    else return;
    event.preventDefault();
  };

  const print = () => {
    setOpen(false);
    // After the popover has closed, so it is not on the paper.
    window.setTimeout(() => window.print(), 50);
  };

  return (
    <>
      <Popover.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) {
            setStatus({ kind: 'idle' });
            setDownloaded('');
          }
        }}
      >
        <Popover.Trigger asChild>
          <button type="button" className={buttonClass({ className: 'inline-flex items-center gap-1.5 print:hidden' })}>
            Export
            <span aria-hidden className="text-muted-foreground">
              ▾
            </span>
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            align="end"
            sideOffset={6}
            collisionPadding={12}
            aria-label="Export, import and print"
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
            onPaste={onPaste}
            className="z-50 w-[min(22rem,calc(100vw-24px))] rounded-lg border bg-card p-1.5 text-card-foreground shadow-xl print:hidden"
          >
            <button type="button" className={item} onClick={() => void download()}>
              Download scenario (JSON)
            </button>
            <button type="button" className={item} onClick={() => fileInput.current?.click()}>
              Import a scenario (JSON)…
            </button>
            {/* Opened by the button above; also where a test sets the file. */}
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="hidden"
              tabIndex={-1}
              aria-label="Scenario file (JSON) to import"
              onChange={(e) => {
                void importFile(e.target.files?.[0]);
                // The same file chosen again is a new import.
                e.target.value = '';
              }}
            />
            <button type="button" className={item} onClick={print}>
              Print this view
            </button>
            <p className="px-3 pb-1 pt-0.5 text-xs text-muted-foreground">Or drop or paste a scenario file here.</p>
            <ImportStatus status={status} />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <p role="status" className="sr-only" data-testid="export-announcement">
        {downloaded}
      </p>
    </>
  );
}

/** The first MAX_LISTED_PROBLEMS problems, and how many more there are (a file can hold tens of thousands). */
function ProblemList({ problems, className = '' }: { problems: readonly string[]; className?: string }) {
  const { listed, total } = listedProblems(problems);
  return (
    <>
      <ul className={`mt-1 max-h-40 list-disc overflow-y-auto pl-5 ${className}`} data-testid="import-problems">
        {listed.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {total > listed.length && <p className="mt-1 text-muted-foreground">…and {formatCount(total - listed.length)} more.</p>}
    </>
  );
}

/** What the last action did, announced: a refusal as an alert, anything else politely. */
function ImportStatus({ status }: { status: Status }) {
  return (
    <>
      <div role="status" className="empty:hidden">
        {status.kind === 'done' && (
          <div className="mx-1 mt-1 rounded-md bg-muted px-2 py-1.5 text-sm">
            <p>{status.message}</p>
            {status.problems.length > 0 && <ProblemList problems={status.problems} className="text-muted-foreground" />}
          </div>
        )}
      </div>
      <div role="alert" className="empty:hidden">
        {status.kind === 'refused' && (
          <div className="mx-1 mt-1 rounded-md border border-negative px-2 py-1.5 text-sm">
            <p className="font-semibold text-negative">Nothing was imported; the scenario is unchanged.</p>
            <ProblemList problems={status.problems} />
          </div>
        )}
      </div>
    </>
  );
}
