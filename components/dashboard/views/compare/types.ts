import type { Scenario, ScenarioResult, WinnerAnalysis } from '@/lib/engine';

/** An added column (C, D): shown in the headline figures only, so it needs no winner analysis. */
export interface CompareColumn {
  scenario: Scenario;
  result: ScenarioResult;
  name: string;
}

export interface CompareSide extends CompareColumn {
  winners: WinnerAnalysis;
}

/** A column of the headline figures: its letter, its part in the comparison, its name and result. */
export interface NamedColumn {
  letter: string;
  role: string;
  name: string;
  result: ScenarioResult;
}
