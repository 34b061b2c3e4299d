'use client';
/**
 * The story: an ordered list of slides, each a scenario, a view, a title and an optional note, built from
 * the dashboard ("Add this view"), reordered, retitled and deleted here, presented in present mode. It all
 * lives in the link (`st` keys), so copying the link shares the story.
 */
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_SLIDES, MAX_SLIDE_NOTE, MAX_SLIDE_TITLE, type Slide } from '@/lib/scenario';
import type { ScenarioState } from '@/lib/state/use-scenario';
import { oddsInput, type OddsInput } from '@/lib/view-models/thesis';
import type { SimulationSettings, ThesisMeasure } from '@/lib/engine';
import { slideModel } from '@/lib/view-models/slide';
import { downloadBlob } from '@/components/ui/download';
import { returnFocus } from './focus-return';
import { buttonClass } from '@/components/ui/button';

const BUTTON = buttonClass();

/** A slide's text shows its length once this few characters are left. */
const COUNT_FROM_LEFT = 40;

/**
 * A text field that writes to the link as it is typed (the link's update is a replace, throttled: no history
 * entry per key), and again on Enter, blur and Escape, so closing the sheet or reloading the page keeps
 * what was typed. A title left empty is written only when the user is done with it (it then becomes
 * "Slide n"), so that clearing a title to retype it does not put "Slide n" under the cursor.
 */
function SlideText({
  label,
  value,
  max,
  placeholder,
  onCommit,
  large,
  required,
}: {
  label: string;
  value: string;
  max: number;
  placeholder?: string;
  onCommit: (text: string) => void;
  large?: boolean;
  /** An empty value is replaced by a default (a slide's title): not written while typing. */
  required?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // A change from elsewhere (Back, a reorder) replaces the draft; our own edit coming back (the link keeps
  // text trimmed) does not, so spaces typed at the end survive.
  if (value !== seen) {
    setSeen(value);
    if (value !== draft.trim()) setDraft(value);
  }
  const commit = (text: string) => {
    if (text.trim() !== value) onCommit(text);
  };
  return (
    <label className="block">
      <span className="sr-only">{label}</span>
      <input
        type="text"
        value={draft}
        maxLength={max}
        placeholder={placeholder}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (!required || text.trim() !== '') commit(text);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          // Escape closes the sheet (Radix listens on the document, after this): write first.
          if (e.key === 'Enter' || e.key === 'Escape') commit(draft);
        }}
        className={`w-full rounded-md border bg-background px-2 py-1.5 ${large ? 'text-base font-semibold' : 'text-sm'}`}
      />
      {/* Near the link's limit, say how much room is left: a pasted note past it was cut without a word
          (new-user review). The input's own maxLength does the cutting; this says that it did. */}
      {draft.length > max - COUNT_FROM_LEFT && (
        <span className={`mt-0.5 block text-xs ${draft.length >= max ? 'font-medium text-negative' : 'text-muted-foreground'}`} data-testid="slide-text-count">
          {draft.length >= max ? `${max} of ${max} characters: the most a slide keeps, anything longer is cut` : `${draft.length} of ${max} characters`}
        </span>
      )}
    </label>
  );
}

/**
 * The deck's code (jsPDF) loads on the first click, not with the dashboard. Each slide's sentence follows its
 * own Monte Carlo run on the link's measure and settings, as the headline does: the runs come from the
 * simulation worker (off the main thread; the live slide's is usually done already).
 */
async function downloadDeck(slides: readonly Slide[], measure: ThesisMeasure, settings: SimulationSettings): Promise<void> {
  const [{ deckSlides, deckFileName }, { writeDeck }, { askWorker }] = await Promise.all([
    import('@/lib/view-models/deck'),
    import('./deck-pdf'),
    import('@/lib/state/simulation-client'),
  ]);
  const odds: (OddsInput | null)[] = [];
  for (const [i, slide] of slides.entries()) {
    // Each slide's odds on its own settings (a slide carries them; the link's for one that does not).
    const own = slide.context ? slideModel(slide, i + 1).settings : settings;
    const run = await askWorker({ kind: 'simulate', scenario: slide.scenario, settings: own }).catch(() => null);
    odds.push(run ? oddsInput(run.value, own) : null);
  }
  const blob = await writeDeck(deckSlides(slides, window.location.origin, { measure, settings, odds }));
  downloadBlob(deckFileName(slides, new Date()), blob);
}

export function StorySheet({ state, defaultTitle, defaultOpen = false }: { state: ScenarioState; defaultTitle: string; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const [deck, setDeck] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const { slides } = state;
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Back from present mode: focus returns to where the presenter started it.
  // Not when this sheet mounts open (its code arrived with a press of the Story button after present mode):
  // focusing the trigger behind an opening dialog closed it again, so the first press seemed to do nothing.
  useEffect(() => {
    if (!returnFocus.toStory) return;
    returnFocus.toStory = false;
    if (!defaultOpen) trigger.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);
  /** Moves a slide and keeps focus on the moved slide's own button (the same arrow, or the other at an end). */
  const move = (i: number, delta: number) => {
    state.moveSlide(i, delta);
    const to = i + delta + 1;
    requestAnimationFrame(() => {
      const same = list.current?.querySelector<HTMLButtonElement>(`[aria-label="Move slide ${to} ${delta < 0 ? 'up' : 'down'}"]`);
      const other = list.current?.querySelector<HTMLButtonElement>(`[aria-label="Move slide ${to} ${delta < 0 ? 'down' : 'up'}"]`);
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  const full = slides.length >= MAX_SLIDES;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button ref={trigger} type="button" className={BUTTON} data-testid="story-button">
          Story{slides.length > 0 ? ` (${slides.length})` : ''}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(32rem,100vw)] flex-col bg-background text-foreground shadow-2xl">
          <div className="flex items-center justify-between gap-3 border-b px-4 py-3">
            <Dialog.Title className="text-lg font-semibold">
              Story{slides.length > 0 ? `: ${slides.length} ${slides.length === 1 ? 'slide' : 'slides'}` : ''}
            </Dialog.Title>
            <Dialog.Close className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-border">Done</Dialog.Close>
          </div>
          <Dialog.Description className="px-4 pt-3 text-sm text-muted-foreground">
            Each slide keeps a scenario and a view, with its baseline, figure in focus, measure and settings. Notes are private on screen: only the presenter
            window (N) shows them, and the PDF prints them under the slide as speaker notes. The story is in the link: “Copy link” shares it, notes included, so
            keep to the PDF or full screen (F) what the room should not read in the address bar.
          </Dialog.Description>
          <div className="px-4 py-3">
            <button
              type="button"
              disabled={full}
              onClick={() => state.addSlide(defaultTitle)}
              className="w-full rounded-md bg-foreground px-4 py-2.5 text-left text-base font-semibold text-background hover:opacity-90 disabled:opacity-50"
            >
              Add this view as slide {slides.length + 1}
              <span className="block text-sm font-normal opacity-80">{full ? `A story holds at most ${MAX_SLIDES} slides.` : defaultTitle}</span>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-4 pb-4">
            {slides.length === 0 ? (
              <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
                No slides yet. Set a scenario and open the view that makes your point, then add it. Add as many as your meeting needs, then present them with a
                clicker or the arrow keys.
              </p>
            ) : (
              <ol ref={list} className="space-y-3" aria-label="Slides">
                {slides.map((slide, i) => {
                  const n = i + 1;
                  const model = slideModel(slide, n);
                  return (
                    <li key={n} className="rounded-lg border bg-card p-3" data-testid="story-slide">
                      <div className="flex items-start gap-2">
                        <span className="figures mt-1.5 w-6 shrink-0 text-right text-sm font-semibold text-muted-foreground" aria-hidden>
                          {n}
                        </span>
                        <div className="min-w-0 flex-1 space-y-1.5">
                          <SlideText
                            label={`Title of slide ${n}`}
                            value={slide.title}
                            max={MAX_SLIDE_TITLE}
                            onCommit={(t) => state.updateSlide(i, { title: t })}
                            large
                            required
                          />
                          <SlideText
                            label={`Private presenter note for slide ${n} (optional)`}
                            value={slide.note}
                            max={MAX_SLIDE_NOTE}
                            placeholder="Private presenter note: never projected (optional)"
                            onCommit={(t) => state.updateSlide(i, { note: t })}
                          />
                          {model.subtitle && <p className="text-sm text-muted-foreground">{model.subtitle}</p>}
                          <p className="flex flex-wrap gap-x-3 text-sm">
                            <a
                              href={model.livePath}
                              target="_blank"
                              rel="noopener"
                              className="font-medium underline underline-offset-2"
                              data-testid="slide-live-link"
                            >
                              Open slide {n} live<span className="sr-only"> (opens in a new tab)</span>
                            </a>
                            <a
                              href={model.embedPath}
                              target="_blank"
                              rel="noopener"
                              className="font-medium underline underline-offset-2"
                              data-testid="slide-embed-link"
                            >
                              Slide {n}’s embed ({model.embedShows})<span className="sr-only"> (opens in a new tab)</span>
                            </a>
                          </p>
                          <div className="flex flex-wrap gap-1.5">
                            <button
                              type="button"
                              className={BUTTON}
                              onClick={() => {
                                state.showSlide(n);
                                setOpen(false);
                              }}
                            >
                              Show<span className="sr-only"> slide {n}</span>
                            </button>
                            <button type="button" className={BUTTON} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move slide ${n} up`}>
                              ↑
                            </button>
                            <button
                              type="button"
                              className={BUTTON}
                              disabled={i === slides.length - 1}
                              onClick={() => move(i, 1)}
                              aria-label={`Move slide ${n} down`}
                            >
                              ↓
                            </button>
                            <button type="button" className={`${BUTTON} ml-auto`} onClick={() => state.removeSlide(i)}>
                              Delete<span className="sr-only"> slide {n}</span>
                            </button>
                          </div>
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
          <div className="flex flex-wrap gap-2 border-t px-4 py-3">
            <button
              type="button"
              disabled={slides.length === 0}
              onClick={() => {
                setOpen(false);
                state.startPresenting(1);
              }}
              className="min-h-10 rounded-md bg-foreground px-4 text-base font-semibold text-background hover:opacity-90 disabled:opacity-50"
            >
              Present
            </button>
            <button
              type="button"
              disabled={slides.length === 0 || deck === 'working'}
              onClick={() => {
                setDeck('working');
                downloadDeck(slides, state.measure, state.simulation).then(
                  () => setDeck('done'),
                  () => setDeck('failed'),
                );
              }}
              className={BUTTON}
            >
              {deck === 'working' ? 'Preparing the PDF…' : 'Download PDF deck'}
            </button>
            <p role="status" className="w-full text-sm">
              {deck === 'done' ? `PDF deck saved: ${slides.length} ${slides.length === 1 ? 'slide' : 'slides'}, each linked to its live scenario.` : ''}
              {deck === 'failed' ? <span className="text-negative">The PDF could not be made. Try again, or share the link instead.</span> : null}
            </p>
            <p className="w-full text-sm text-muted-foreground">
              In present mode: → or a clicker for the next slide, ← back, B black screen, F full screen, A change an assumption, R reset the slide to its start,
              N presenter notes (a second window), Esc to leave.
            </p>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
