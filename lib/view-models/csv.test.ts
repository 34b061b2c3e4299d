import { describe, expect, it } from 'vitest';
import { simulate, defaultScenario } from '@/lib/engine';
import { exportFileName } from './chart-model';
import { csvCell, csvTable, csvWithSource } from './csv';
import { leadsColumnLabel, thesisOddsPendingRows } from './thesis';
import { gapCsv } from './uncertainty';

describe('CSV files', () => {
  it('quotes a cell with a comma, a quote or a line end, and doubles its quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('A, B')).toBe('"A, B"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(
      csvTable(
        ['Name', 'Value (USD bn)'],
        [
          ['x', Number.NaN],
          ['y', -0],
          ['z', 1.234567],
        ],
      ),
    ).toBe('Name,Value (USD bn)\r\nx,\r\ny,0\r\nz,1.2346\r\n');
  });

  it('writes the source lines unquoted and without commas, so pandas and R skip them and a spreadsheet keeps each whole', () => {
    const text = csvWithSource('a,b\r\n1,2\r\n', {
      title: 'Azure against its nearest rival, 2025-2031',
      scenarioLabel: 'OpenAI dominance, 1 change',
      link: 'http://example.test/?cc=p.seed,p.public&st=a"b',
      modelVersion: 3,
    });
    const lines = text.split('\r\n');
    expect(lines.slice(0, 4).every((l) => l.startsWith('# ') && !l.includes(',') && !l.includes('"'))).toBe(true);
    expect(lines[0]).toBe('# Azure against its nearest rival – 2025-2031');
    expect(lines[1]).toBe('# Scenario: OpenAI dominance – 1 change');
    expect(lines[2]).toBe('# Live link: http://example.test/?cc=p.seed%2Cp.public&st=a%22b');
    expect(lines.slice(4)).toEqual(['a,b', '1,2', '']);
    // Each changed assumption on its own line, in words (a file on paper has no link to click).
    const changed = csvWithSource('a\r\n', {
      title: 'T',
      scenarioLabel: 'Seed thesis with 1 change',
      changes: ['Azure custom-silicon adoption, 2031: 20% (Seed thesis: 35%)'],
      link: 'http://example.test/?a1az=20&p=seed',
      modelVersion: 3,
    }).split('\r\n');
    expect(changed[2]).toBe('# Changed: Azure custom-silicon adoption – 2031: 20% (Seed thesis: 35%)');
    expect(changed[3]).toMatch(/^# Live link: /);
  });

  it('names a file for its chart and scenario, cut at a word’s end', () => {
    expect(exportFileName('From A to B: what changes Google Cloud’s cloud AI revenue, 2025-2031', 'OpenAI dominance', 'csv')).toBe(
      'from-a-to-b-what-changes-google-cloud-s-cloud-ai-revenue-openai-dominance.csv',
    );
    // One word longer than the limit: cut to the limit, never past it.
    expect(exportFileName('x'.repeat(70), '', 'png')).toBe(`${'x'.repeat(60)}.png`);
    expect(exportFileName('', '', 'svg')).toBe('chart.svg');
  });

  it('writes the histogram’s bins as numbers, every draw counted once', () => {
    const sim = simulate(defaultScenario(), { samples: 300, seed: 5 });
    const lines = gapCsv(sim).trimEnd().split('\r\n');
    expect(lines[0]).toBe('From (USD bn),To (USD bn),Share of draws (%),Draws,Azure');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(sim.azureGap.histogram.counts.length);
    expect(rows.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(300);
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBeCloseTo(100, 2);
    for (const r of rows) expect(r[4]).toBe(Number(r[0]) >= 0 ? 'ahead' : 'behind');
  });

  it('heads the odds table’s column in sentence case, acronyms kept', () => {
    expect(leadsColumnLabel('revenue')).toBe('Leads on cloud AI revenue');
    expect(leadsColumnLabel('companyGrossProfit')).toBe('Leads on company AI gross profit');
    expect(leadsColumnLabel('hosted')).toBe('Leads on AI compute hosted');
  });

  it('gives the odds table rows without figures while a scenario’s odds are drawn', () => {
    const rows = thesisOddsPendingRows('revenue');
    expect(rows.map((r) => r.cloud)).toEqual(['azure', 'aws', 'gcp']);
    for (const r of rows)
      expect([r.leads, r.leastExposed]).toEqual([
        { p: null, text: 'drawing…' },
        { p: null, text: 'drawing…' },
      ]);
  });
});
