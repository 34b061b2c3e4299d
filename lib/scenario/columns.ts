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
  return values.slice(0, max).flatMap((raw, i) => {
    const letter = columnLetter(i);
    const read = readScenarioText(raw, readAs, schema, found, `Column ${letter}: `, () => problems.unreadableColumn(letter, raw));
    return read ? [read] : [];
  });
}

/** `cc` values in the current version as columns; unreadable ones are dropped (the UI's reading of the URL). */
export function readColumnValues(values: readonly string[]): Baseline[] {
  return readColumns(values, SCHEMA_VERSION, CURRENT_VALUES, []);
}
