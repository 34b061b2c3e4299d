import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate } from '@/lib/engine';
import { COMMITMENT_SCHEDULE_SHARES } from '@/lib/engine/parameters';
import { decodeScenarioWith, upgradeLinkQuery } from './codec';
import { decodeScenario } from './decode';
import { migrations, runMigrations, type LinkParams, type Migration } from './migrations';
import { SCHEMA_VERSION } from './schema';

// Synthetic schema changes on the real registry, whose spend key is "sp". Say v1 links called it "spend"
// and v2 renamed it: a v1 link with "spend" must read as "sp". The pair v1to2/v2to3 renames back and forth,
// so a value survives only if both steps ran, in order.
const rename =
  (from: string, to: string) =>
  (params: LinkParams): LinkParams => {
    const out = new Map(params);
    const values = out.get(from);
    if (values) {
      out.delete(from);
      out.set(to, values);
    }
    return out;
  };
const v1to2: Migration = { from: 1, to: 2, description: 'sp renamed spend', migrate: rename('sp', 'spend') };
const v2to3: Migration = { from: 2, to: 3, description: 'spend renamed sp', migrate: rename('spend', 'sp') };
const boom: Migration = {
  from: 1,
  to: 2,
  description: 'throws',
  migrate: () => {
    throw new Error('bug');
  },
};

describe('the released migrations', () => {
  it('form one unbroken chain from v1 to SCHEMA_VERSION', () => {
    expect(migrations).toHaveLength(SCHEMA_VERSION - 1);
    migrations.forEach((m, i) => {
      expect(m.from).toBe(i + 1);
      expect(m.to).toBe(i + 2);
      expect(m.description.length).toBeGreaterThan(0);
    });
  });
});

describe('decodeScenarioWith runs migrations', () => {
  it('applies a synthetic v1 -> v2 key rename to a v1 link, and not to a v2 link', () => {
    const spendToSp: Migration = { from: 1, to: 2, description: 'spend renamed sp', migrate: rename('spend', 'sp') };
    const schema = { migrations: [spendToSp], schemaVersion: 2 };
    expect(decodeScenarioWith('v=1&spend=200', schema)).toMatchObject({ version: 1, problems: [], scenario: { 'market.spend2025': 200 } });
    expect(decodeScenarioWith('spend=200', schema)).toMatchObject({ version: 1, problems: [], scenario: { 'market.spend2025': 200 } });
    const current = decodeScenarioWith('v=2&spend=200', schema);
    expect(current.scenario['market.spend2025']).toBe(defaultScenario()['market.spend2025']);
    expect(current.problems).toEqual([{ kind: 'unknown', message: 'Ignored “spend”: not a setting this dashboard knows.' }]);
  });

  it('runs every step from the link’s version up to the schema version, in order', () => {
    const schema = { migrations: [v1to2, v2to3], schemaVersion: 3 };
    expect(decodeScenarioWith('v=1&sp=200', schema)).toMatchObject({ version: 1, problems: [], scenario: { 'market.spend2025': 200 } });
    // A link without v is a v1 link.
    expect(decodeScenarioWith('sp=200', schema)).toMatchObject({ version: 1, problems: [], scenario: { 'market.spend2025': 200 } });
    // A v2 link skips the first step.
    expect(decodeScenarioWith('v=2&spend=250', schema)).toMatchObject({ version: 2, problems: [], scenario: { 'market.spend2025': 250 } });
    // A current link runs none.
    expect(decodeScenarioWith('v=3&sp=300', schema)).toMatchObject({ version: 3, problems: [], scenario: { 'market.spend2025': 300 } });
  });

  it('runs steps in chain order even if the array is shuffled', () => {
    const schema = { migrations: [v2to3, v1to2], schemaVersion: 3 };
    expect(decodeScenarioWith('v=1&sp=200', schema).scenario['market.spend2025']).toBe(200);
  });

  it('lets a migration rewrite the preset and view keys', () => {
    const renameView: Migration = { from: 1, to: 2, description: 'view renamed', migrate: rename('tab', 'view') };
    expect(decodeScenarioWith('v=1&tab=silicon', { migrations: [renameView], schemaVersion: 2 })).toMatchObject({ view: 'silicon', problems: [] });
  });

  it('never throws when a step is missing or fails; reports a version problem instead', () => {
    for (const schema of [
      { migrations: [], schemaVersion: 2 },
      { migrations: [boom], schemaVersion: 2 },
    ]) {
      const d = decodeScenarioWith('v=1&sp=200', schema);
      expect(d.scenario['market.spend2025']).toBe(200);
      expect(d.problems).toEqual([expect.objectContaining({ kind: 'version' })]);
    }
  });

  it('does not run migrations for a newer link', () => {
    const d = decodeScenarioWith('v=5&sp=200', { migrations: [v1to2], schemaVersion: 2 });
    expect(d.scenario['market.spend2025']).toBe(200);
    expect(d.problems.map((p) => p.kind)).toEqual(['version']);
  });
});

describe('runMigrations', () => {
  it('leaves its input untouched', () => {
    const input: LinkParams = new Map([['sp', ['200']]]);
    const mutating: Migration = {
      from: 1,
      to: 2,
      description: 'mutates its argument',
      migrate: (p) => {
        p.get('sp')?.push('x');
        p.delete('sp');
        return p;
      },
    };
    const out = runMigrations(input, 1, 2, [mutating]);
    expect(out.reached).toBe(2);
    expect(input).toEqual(new Map([['sp', ['200']]]));
  });
});

describe('the v1 -> v2 migration (model v2)', () => {
  it('keeps what a v1 link set, takes the current defaults for the rest, and says the model changed', () => {
    const d = decodeScenario('v=1&s1oa=60&koaaz=30&view=shares');
    expect(d.problems).toEqual([]);
    expect(d.olderVersion).toBe(1);
    expect(d.scenario['share2031.openai']).toBe(60);
    expect(d.scenario['capture.openai.azure']).toBe(30);
    // The 2031 weights beside it keep v1's values, so OpenAI's 2031 share stays what the sender saw:
    // 60 / (60 + 14 + 25 + 12 + 2 + 12) = 48%.
    expect(d.scenario['share2031.anthropic']).toBe(14);
    expect(evaluate(d.scenario).familyShare.openai[6]).toBeCloseTo(60 / 125, 12);
    // Groups the link left alone take the current defaults (2025 shares, every hosting row).
    expect(d.scenario['share2025.openai']).toBe(defaultScenario()['share2025.openai']);
    expect(d.scenario['hosting2031.anthropic.gcp']).toBe(defaultScenario()['hosting2031.anthropic.gcp']);
    // A hosting row the link touched keeps its v1 shares, relative to the preset it named (Seed thesis: OpenAI all on Azure).
    const row = decodeScenario('v=1&h1oaaz=60&p=seed').scenario;
    expect(['azure', 'aws', 'gcp', 'other'].map((c) => row[`hosting2031.openai.${c}`])).toEqual([60, 0, 0, 0]);
    const plain = decodeScenario('v=1&h1oaaz=60').scenario;
    expect(['azure', 'aws', 'gcp', 'other'].map((c) => plain[`hosting2031.openai.${c}`])).toEqual([60, 10, 5, 45]);
  });

  it('turns v1’s model-layer profit per infra dollar into a gross margin on revenue at the 2025 ratio', () => {
    // 30% per compute dollar / 0.6 revenue per compute dollar = 50% of revenue
    expect(decodeScenario('v=1&lm=30').scenario['model.grossMargin']).toBe(50);
    // 150% would be 250% of revenue: clamped to 90%, silently (the migration's description says so)
    expect(decodeScenario('v=1&lm=150')).toMatchObject({ problems: [], scenario: { 'model.grossMargin': 90 } });
    // Unreadable text is reported under the new name.
    expect(decodeScenario('v=1&lm=abc').problems[0]?.message).toMatch(/^Model gross margin: “abc” is not a number/);
    // A v2 link with lm does not know it.
    expect(decodeScenario('v=2&lm=30').problems[0]?.message).toMatch(/Ignored “lm”/);
  });

  it('keeps a v1 Anthropic commitment’s yearly amount over the windows announced in v2', () => {
    // v1: $60B over 2026-2031 on AWS -> v2: $100B over 2026-2035 (v2 prorated it flat: six tenths in the
    // horizon, $60B again). The v2 -> v3 step keeps the value as set.
    const aws = decodeScenario('v=1&canaw=60');
    expect(aws.scenario['commit.anthropic.aws']).toBe(100);
    // Model v3 reads the $100B on the pair's yearly schedule (COMMITMENT_SCHEDULE_SHARES), not flat.
    const inHorizon = COMMITMENT_SCHEDULE_SHARES.anthropic.aws.reduce((sum, share) => sum + share, 0);
    expect(evaluate(aws.scenario).commitments.find((c) => c.family === 'anthropic' && c.cloud === 'aws')!.commitmentUsdBn).toBeCloseTo(100 * inHorizon, 10);
    // v1: $120B over 2026-2031 on Google Cloud -> v2: $100B over 2027-2031, the same $20B a year
    expect(decodeScenario('v=1&cangc=120').scenario['commit.anthropic.gcp']).toBe(100);
    expect(decodeScenario('v=1&canaw=500').scenario['commit.anthropic.aws']).toBe(600);
  });
});

describe('upgrading an old link for the browser', () => {
  it('rewrites a v1 link’s raw values to the current version with from=1, keeping what the codec cannot use', () => {
    expect(upgradeLinkQuery('v=1&s1oa=60&lm=30&view=shares')).toBe(
      `v=${SCHEMA_VERSION}&s1oa=60&view=shares&s1an=14&s1gm=25&s1ll=12&s1mi=2&s1ot=12&mgm=50&from=1.s1an.s1gm.s1ll.s1mi.s1ot`,
    );
    expect(upgradeLinkQuery('sp=abc&lm=30')).toBe(`v=${SCHEMA_VERSION}&sp=abc&mgm=50&from=1n`);
    // The upgraded link decodes to the same scenario and problems as the old one, and knows it was v1.
    const old = decodeScenario('lm=30&sp=abc&zz=1');
    const upgraded = decodeScenario(upgradeLinkQuery('lm=30&sp=abc&zz=1')!);
    expect(upgraded.scenario).toEqual(old.scenario);
    expect(upgraded.problems).toEqual(old.problems);
    expect(upgraded.olderVersion).toBe(1);
  });

  it('rewrites a slide’s Compare columns as it does its baseline and starting point (a code review)', () => {
    const old = 'v=1&lm=30&st=compare~lm.30~T~~cc:lm.30~b:lm.30';
    const direct = decodeScenario(old).story[0]!;
    const upgraded = decodeScenario(upgradeLinkQuery(old)!);
    expect(upgraded.story[0]!.context!.columns[0]!.scenario['model.grossMargin']).toBe(50);
    expect(upgraded.story[0]!.context).toEqual(direct.context);
    expect(upgraded.problems).toEqual(decodeScenario(old).problems);
  });

  it('rewrites a v2 link to the current version with from=2, writing the v2 weights beside a weight it set', () => {
    expect(upgradeLinkQuery('v=2&sp=200')).toBe(`v=${SCHEMA_VERSION}&sp=200&from=2`);
    // bases-v2.json: 2031 family weights 15/10/21/15/1/38, OpenAI's 2031 hosting row 40/10/5/45.
    expect(upgradeLinkQuery('v=2&s1oa=40&h1oaaz=60&view=shares')).toBe(
      `v=${SCHEMA_VERSION}&s1oa=40&h1oaaz=60&view=shares&s1an=10&s1gm=21&s1ll=15&s1mi=1&s1ot=38&h1oaaw=10&h1oagc=5&h1oaot=45&from=2.s1an.s1gm.s1ll.s1mi.s1ot.h1oaaw.h1oagc.h1oaot`,
    );
    const old = decodeScenario('v=2&s1oa=40&zz=1');
    const upgraded = decodeScenario(upgradeLinkQuery('v=2&s1oa=40&zz=1')!);
    expect(upgraded.scenario).toEqual(old.scenario);
    expect(upgraded.problems).toEqual(old.problems);
    expect(upgraded.olderVersion).toBe(2);
  });

  it('leaves current, newer, unreadable and empty links alone', () => {
    const v = SCHEMA_VERSION;
    for (const q of ['', 'utm_source=x', `v=${v}&sp=200`, `v=${v}&sp=200&from=1`, `v=${v}&sp=200&from=2`, `v=${v + 1}&sp=200`, 'v=abc&sp=200']) {
      expect(upgradeLinkQuery(q), q).toBeNull();
    }
    // A link that names only a view shows Public data whatever model made it.
    expect(upgradeLinkQuery('view=shares')).toBeNull();
    expect(upgradeLinkQuery('v=1&view=commitments')).toBeNull();
    expect(decodeScenario('v=1&view=commitments').olderVersion).toBeNull();
  });

  it('does not call a link old when, migrated, it sets no assumption (a measure, a focus, keys nobody reads)', () => {
    // A new-user review: `?ms=foo` or a junk query opened under a long "model v1" notice that did not apply.
    for (const q of ['ms=hosted', 'ms=foo', 'fc=aws&fm=revenue', 'zz=1', 'zz=1&ms=hosted&view=risk', 'v=1&ms=hosted', 'v=2&zz=1']) {
      expect(upgradeLinkQuery(q), q).toBeNull();
      const d = decodeScenario(q);
      expect(d.olderVersion, q).toBeNull();
      expect(d.upgrade, q).toBeNull();
    }
    // What it could not use is still said.
    expect(
      decodeScenario('zz=1')
        .problems.map((p) => p.message)
        .join(' '),
    ).toMatch(/zz/);
    // A key an older model wrote (v1's `lm`, model profit per infra dollar) is an assumption, migrated and said so.
    expect(upgradeLinkQuery('lm=30&zz=1')).toBe(`v=${SCHEMA_VERSION}&zz=1&mgm=50&from=1n`);
    expect(decodeScenario('sp=300').olderVersion).toBe(1);
    expect(decodeScenario('ms=hosted&b=p.slowdown').olderVersion).toBe(1);
  });
});

describe('stories in older links', () => {
  it('migrates every slide’s scenario with the link', () => {
    const upgraded = upgradeLinkQuery(`v=1&st=${encodeURIComponent('shares~p.public_s1oa.60_lm.30~Old slide')}`);
    expect(upgraded).not.toBeNull();
    const slide = new URLSearchParams(upgraded!).get('st');
    expect(slide).toContain('mgm.50');
    expect(slide).not.toContain('lm.');
    const decoded = decodeScenario(upgraded!);
    expect(decoded.problems).toEqual([]);
    expect(decoded.story[0]!.title).toBe('Old slide');
  });
});
