/**
 * Every parameter's (i) link lands on its row: each group is a page of its own, each row's anchor is on its
 * group's page, and an old anchor (every parameter on one page) is forwarded to the same page.
 */
import { describe, expect, it } from 'vitest';
import { GROUPS, parameters } from '@/lib/engine';
import { PARAMETERS_PATH, groupAnchorId, groupFromSlug, groupHref, groupSlug, movedAnchors, parameterAnchorId, parameterHref, withQuery } from './anchors';

describe('parameter anchors', () => {
  it('gives each group a page whose slug reads back as the group', () => {
    for (const group of GROUPS) {
      expect(groupFromSlug(groupSlug(group))).toBe(group);
      expect(groupHref(group)).toBe(`${PARAMETERS_PATH}/${groupSlug(group)}`);
    }
    expect(new Set(GROUPS.map(groupSlug)).size).toBe(GROUPS.length);
    expect(groupFromSlug('no-such-group')).toBeUndefined();
  });

  it('links every parameter to its row on its group’s page', () => {
    for (const p of parameters) expect(parameterHref(p.id)).toBe(`${groupHref(p.group)}#${parameterAnchorId(p.id)}`);
    expect(parameterHref('market.spend2025')).toBe('/methodology/parameters/market#param-market-spend2025');
  });

  it('carries the scenario’s query into every methodology link, before the row’s anchor', () => {
    expect(parameterHref('market.spend2025', 'v=3&gn=80')).toBe('/methodology/parameters/market?v=3&gn=80#param-market-spend2025');
    expect(groupHref(GROUPS[0]!, 'v=3')).toBe(`${groupHref(GROUPS[0]!)}?v=3`);
    expect(withQuery('/methodology/presets#preset-seed', 'p=seed&v=3')).toBe('/methodology/presets?p=seed&v=3#preset-seed');
    // Public data has no query: the bare path.
    expect(withQuery(PARAMETERS_PATH, '')).toBe(PARAMETERS_PATH);
    for (const p of parameters) expect(parameterHref(p.id, 'v=3')).toBe(`${groupHref(p.group)}?v=3#${parameterAnchorId(p.id)}`);
  });

  it('forwards an old row or group anchor to exactly its group’s page', () => {
    const rules = movedAnchors([]).map((m) => ({ re: new RegExp(m.pattern), path: m.path }));
    const target = (anchor: string) => rules.filter((r) => r.re.test(anchor)).map((r) => r.path);
    for (const p of parameters) expect(target(parameterAnchorId(p.id))).toEqual([groupHref(p.group)]);
    for (const g of GROUPS) expect(target(groupAnchorId(g))).toEqual([groupHref(g)]);
    // A prefix of a row's anchor is not a row.
    expect(target('param-market')).toEqual([]);
  });
});
