/**
 * The Compare view's columns: A (the baseline), B (the scenario on screen), then one `cc` value per added
 * column, each a scenario written as the baseline is.
 */
import type { ScenarioProblem } from '@/lib/engine';
import { readScenarioText, type Baseline } from './baseline';
import { problems } from './messages';
import { CURRENT_VALUES, type SchemaOptions } from './reading';
import { SCHEMA_VERSION } from './schema';

/** The most scenarios the Compare view sets side by side, A and B included. */
export const MAX_COMPARE_COLUMNS = 4;

/** A column's letter: A and B are the baseline and the scenario on screen, so added columns start at C. */
export function columnLetter(index: number): string {
  return String.fromCharCode(67 + index);
}

/** Reads `cc` values; unreadable ones are dropped with a problem, and those past the fourth column too. */
export function readColumns(values: readonly string[], readAs: number, schema: SchemaOptions, found: ScenarioProblem[]): Baseline[] {
  const max = MAX_COMPARE_COLUMNS - 2;
  if (values.length > max) found.push(problems.tooManyColumns(MAX_COMPARE_COLUMNS, values.length));
  // A column's problems name the letter it is shown under: an unreadable column before it is dropped, so
  // the letters close up (a link's second value became column C, and its notice once called it D).
  const kept: Baseline[] = [];
  for (const raw of values.slice(0, max)) {
    const read = readScenarioText(raw, readAs, schema, found, `Column ${columnLetter(kept.length)}: `, () => problems.unreadableColumn(raw));
    if (read) kept.push(read);
  }
  return kept;
}

/** `cc` values in the current version as columns; unreadable ones are dropped (the UI's reading of the URL). */
export function readColumnValues(values: readonly string[]): Baseline[] {
  return readColumns(values, SCHEMA_VERSION, CURRENT_VALUES, []);
}
