// @vitest-environment happy-dom
/**
 * The URL-state hooks under nuqs's testing adapter: each URL update is recorded with its history mode, so
 * these hold what Back does (push vs replace), what a link holds (defaults left out) and what a link
 * brings back (story, baseline, present mode). The browser side of the same (real history, throttling) is
 * in e2e/back-steps, e2e/history-rate and e2e/links.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { withNuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SIMULATION_SETTINGS } from '@/lib/engine';
import { DEFAULT_FOCUS, SCHEMA_VERSION, baseScenarioFor } from '@/lib/scenario';
import { useScenario } from './use-scenario';
import { DEFAULT_VIEW } from './url-schema';

// nuqs's emitter is shared by every mounted hook: unmount each test's (no vitest globals, so no auto-cleanup).
afterEach(cleanup);

const SHARE = 'share2031.openai'; // URL key s1oa
const SHARE_BASE = Number(baseScenarioFor(null)[SHARE]);

function setup(searchParams = '') {
  const updates: UrlUpdateEvent[] = [];
  const onUrlUpdate = vi.fn((event: UrlUpdateEvent) => updates.push(event));
  const hook = renderHook(() => useScenario(), { wrapper: withNuqsTestingAdapter({ searchParams, onUrlUpdate, hasMemory: true }) });
  const history = () => updates.map((u) => u.options.history);
  const query = () => updates.at(-1)?.queryString ?? searchParams;
  return { hook, updates, history, query };
}

/** Lets nuqs flush its queue (the testing adapter does not throttle: the next macrotask). */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

describe('useScenario history', () => {
  it('a discrete change pushes a history entry; a focus change replaces the current one', async () => {
    const { hook, history, query } = setup();
    act(() => hook.result.current.setView('risk'));
    await settle();
    act(() => hook.result.current.setFocus({ cloud: 'aws' }));
    await settle();
    expect(history()).toEqual(['push', 'replace']);
    expect(new URLSearchParams(query()).get('fc')).toBe('aws');
    expect(hook.result.current.view).toBe('risk');
    expect(hook.result.current.focus.cloud).toBe('aws');
  });

  it('a slider drag is one history entry: its first value pushes, the rest replace, the next gesture pushes again', async () => {
    const { hook, history, query } = setup();
    for (const value of [SHARE_BASE + 1, SHARE_BASE + 2, SHARE_BASE + 3]) {
      act(() => hook.result.current.setParameter(SHARE, value, 'drag'));
      await settle();
    }
    act(() => hook.result.current.setParameter(SHARE, SHARE_BASE + 3, 'end'));
    await settle();
    expect(history()).toEqual(['push', 'replace', 'replace']);
    expect(new URLSearchParams(query()).get('s1oa')).toBe(String(SHARE_BASE + 3));
    act(() => hook.result.current.setParameter(SHARE, SHARE_BASE + 4, 'commit'));
    await settle();
    act(() => hook.result.current.setParameter(SHARE, SHARE_BASE + 5, 'commit'));
    await settle();
    expect(history()).toEqual(['push', 'replace', 'replace', 'push', 'push']);
    expect(hook.result.current.scenario[SHARE]).toBe(SHARE_BASE + 5);
    expect(hook.result.current.changedIds.has(SHARE)).toBe(true);
  });

  it('values dragged within one tick land as one entry', async () => {
    const { hook, history, query } = setup();
    act(() => {
      for (let i = 1; i <= 20; i++) hook.result.current.setParameter(SHARE, SHARE_BASE + i, 'drag');
    });
    await settle();
    expect(history()).toEqual(['push']);
    expect(new URLSearchParams(query()).get('s1oa')).toBe(String(SHARE_BASE + 20));
  });
});

describe('useScenario defaults', () => {
  it('reads absent keys as their defaults', () => {
    const { hook } = setup();
    const s = hook.result.current;
    expect(s.view).toBe(DEFAULT_VIEW);
    expect(s.focus).toEqual(DEFAULT_FOCUS);
    expect(s.simulation).toEqual(DEFAULT_SIMULATION_SETTINGS);
    expect(s.scenario).toEqual(baseScenarioFor(null));
    expect([s.presetId, s.baseline, s.present, s.columns.length, s.slides.length]).toEqual([null, null, null, 0, 0]);
  });

  it('clears a value set back to its default from the URL, and `v` with the last one', async () => {
    const { hook, query } = setup(`?v=${SCHEMA_VERSION}&view=risk&fc=aws&ms=hosted&n=5000&s1oa=${SHARE_BASE + 1}`);
    expect(hook.result.current.simulation.samples).toBe(5000);
    act(() => {
      hook.result.current.setView(DEFAULT_VIEW);
      hook.result.current.setFocus(DEFAULT_FOCUS);
      hook.result.current.setMeasure('revenue');
      hook.result.current.setSimulation({ samples: DEFAULT_SIMULATION_SETTINGS.samples });
    });
    await settle();
    expect(query()).toBe(`?v=${SCHEMA_VERSION}&s1oa=${SHARE_BASE + 1}`);
    act(() => hook.result.current.setParameter(SHARE, SHARE_BASE));
    await settle();
    expect(query()).toBe('');
    expect(hook.result.current.view).toBe(DEFAULT_VIEW);
    expect(hook.result.current.changedIds.size).toBe(0);
  });

  it('a preset clears every value, and Public data clears the preset', async () => {
    const { hook, history, query } = setup(`?v=${SCHEMA_VERSION}&s1oa=${SHARE_BASE + 1}`);
    act(() => hook.result.current.setPreset('openai-dominance'));
    await settle();
    expect(query()).toBe(`?v=${SCHEMA_VERSION}&p=openai-dominance`);
    act(() => hook.result.current.setPreset('public'));
    await settle();
    expect(query()).toBe('');
    expect(history()).toEqual(['push', 'push']);
  });
});

describe('useScenario story and baseline keys', () => {
  it('a pinned baseline, a story and present mode round-trip through the URL', async () => {
    const first = setup();
    const s = () => first.hook.result.current;
    act(() => s().setParameter(SHARE, SHARE_BASE + 6));
    act(() => s().pinPreset('openai-dominance'));
    act(() => s().addColumn('screen'));
    act(() => s().setView('shares'));
    act(() => s().addSlide('First'));
    act(() => s().updateSlide(0, { note: 'Why it matters' }));
    await settle();
    act(() => s().setParameter(SHARE, SHARE_BASE + 9));
    act(() => s().addSlide('Second'));
    act(() => s().startPresenting(2));
    await settle();
    const params = new URLSearchParams(first.query());
    expect(params.getAll('st')).toHaveLength(2);
    expect(params.get('pr')).toBe('2');
    expect(params.get('b')).toMatch(/^p\.openai-dominance/);
    expect(params.getAll('cc')).toHaveLength(1);

    const second = setup(first.query());
    const t = second.hook.result.current;
    expect(t.slides.map((slide) => [slide.title, slide.note, slide.view, slide.scenario[SHARE]])).toEqual([
      ['First', 'Why it matters', 'shares', SHARE_BASE + 6],
      ['Second', '', 'shares', SHARE_BASE + 9],
    ]);
    expect(t.present).toBe(2);
    expect(t.baseline).toEqual(s().baseline);
    expect(t.columns).toEqual(s().columns);
    expect(t.currentQuery()).toBe(s().currentQuery());
  });

  it('showing a slide puts its scenario and view on screen as one entry; stopping present mode is another', async () => {
    const { hook, history, query } = setup();
    const s = () => hook.result.current;
    act(() => s().setParameter(SHARE, SHARE_BASE + 6));
    act(() => s().setView('shares'));
    act(() => s().addSlide('First'));
    act(() => s().resetAll());
    act(() => s().setView(DEFAULT_VIEW));
    await settle();
    const before = history().length;
    act(() => s().showSlide(1));
    await settle();
    expect(history().slice(before)).toEqual(['push']);
    expect([s().view, s().scenario[SHARE]]).toEqual(['shares', SHARE_BASE + 6]);
    act(() => s().startPresenting(1));
    await settle();
    act(() => s().stopPresenting());
    await settle();
    expect(history().slice(before)).toEqual(['push', 'push', 'push']);
    expect(new URLSearchParams(query()).has('pr')).toBe(false);
  });

  it('leaving present mode returns to what was on screen before it, with the story as presented', async () => {
    const { hook, query } = setup();
    const s = () => hook.result.current;
    act(() => s().setParameter(SHARE, SHARE_BASE + 6));
    act(() => s().setView('shares'));
    act(() => s().addSlide('First'));
    // Then the presenter goes on exploring: another view, another value.
    act(() => s().setView('risk'));
    act(() => s().setParameter(SHARE, SHARE_BASE + 2));
    act(() => s().pinPreset('openai-dominance'));
    await settle();
    act(() => s().startPresenting(1));
    await settle();
    expect([s().view, s().scenario[SHARE], s().present]).toEqual(['shares', SHARE_BASE + 6, 1]);
    // A change made live is written into the slide.
    act(() => s().setParameter(SHARE, SHARE_BASE + 9));
    await settle();
    act(() => s().stopPresenting());
    await settle();
    expect([s().view, s().scenario[SHARE], s().present, s().baseline?.presetId]).toEqual(['risk', SHARE_BASE + 2, null, 'openai-dominance']);
    // The story keeps what the presentation changed.
    expect(s().slides).toHaveLength(1);
    expect(s().slides[0]?.scenario[SHARE]).toBe(SHARE_BASE + 9);
    expect(new URLSearchParams(query()).has('pr')).toBe(false);
  });

  it('loading a link replaces everything a link holds as one history entry', async () => {
    const { hook, history, query } = setup(`?v=${SCHEMA_VERSION}&view=risk&fc=aws&s1oa=${SHARE_BASE + 1}`);
    act(() =>
      hook.result.current.loadLink({
        scenario: { ...baseScenarioFor('openai-dominance'), [SHARE]: SHARE_BASE + 2 },
        presetId: 'openai-dominance',
        view: null,
        baseline: null,
        focus: {},
        simulation: { seed: 7 },
      }),
    );
    await settle();
    expect(history()).toEqual(['push']);
    expect(query()).toBe(`?v=${SCHEMA_VERSION}&s1oa=${SHARE_BASE + 2}&p=openai-dominance&seed=7`);
    expect([hook.result.current.view, hook.result.current.focus.cloud]).toEqual([DEFAULT_VIEW, DEFAULT_FOCUS.cloud]);
  });
});
