import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_JSON_BYTES, scenarioFileTooLarge, scenarioFromJson } from './json';
import { MAX_LISTED_PROBLEMS, listedProblems } from './problem-list';
import { summariseLink } from '@/lib/link/summary';

describe('problem lists and file sizes', () => {
  it('lists the first 20 problems with the count of all', () => {
    const { listed, total } = listedProblems(Array.from({ length: 45_000 }, (_, i) => `p${i}`));
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed[0]).toBe('p0');
    expect(total).toBe(45_000);
  });

  it('sends at most 20 of a link’s problems to the browser, with their count', () => {
    const query = Array.from({ length: 300 }, (_, i) => `zz${i}=1`).join('&');
    const summary = summariseLink(`v=2&${query}`);
    expect(summary.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(summary.problemCount).toBe(300);
  });

  it('refuses a file by its size before it is read', () => {
    expect(scenarioFileTooLarge(500 * 1024 * 1024)).toMatch(/too large.*524,288,000 bytes.*not read/);
    expect(scenarioFileTooLarge(MAX_SCENARIO_JSON_BYTES)).toBeNull();
  });

  it('reads a file with thousands of unknown assumptions, and its problems can be listed in 20', () => {
    const assumptions = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`unknown.${i}`, 1]));
    const result = scenarioFromJson(JSON.stringify({ format: 'ai-infra-explorer/scenario', schemaVersion: 2, assumptions }));
    if (result.ok) expect(listedProblems(result.problems).listed.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
    else expect(result.problems.length).toBeGreaterThan(0);
  });
});
