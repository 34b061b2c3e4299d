/** The page's top-level sections, in order: one list feeds both the "On this page" links and the headings. */
export const SECTIONS = {
  steps: { id: 'how-the-model-works', title: 'How the model works' },
  calibration: { id: 'calibration', title: 'The facts ledger: what was reported, and how the model compares' },
  uncertainty: { id: 'uncertainty', title: 'Uncertainty: ranges, odds, drivers and tipping points' },
  comparison: { id: 'comparison', title: 'Comparing two scenarios' },
  images: { id: 'images-and-embeds', title: 'Chart images and embeds' },
  seed: { id: 'seed-thesis', title: 'The seed thesis, checked' },
  presets: { id: 'presets', title: 'Presets' },
  parameters: { id: 'every-parameter', title: 'Every parameter' },
  files: { id: 'scenario-files', title: 'Scenario files and printing' },
  changelog: { id: 'changelog', title: 'Model changelog' },
} as const;
