/**
 * How many problems a reader is shown at once (the link notice, an import's result): the first 20 and a
 * count of the rest. A link or file can carry tens of thousands (a 45,000-item list took 2.8 s to render),
 * and the server sends the notice's list in the page, so the cut is made before anything is sent.
 */
export const MAX_LISTED_PROBLEMS = 20;

/** The first MAX_LISTED_PROBLEMS of `problems` and how many there are in all. */
export function listedProblems<T>(problems: readonly T[]): { listed: T[]; total: number } {
  return { listed: problems.slice(0, MAX_LISTED_PROBLEMS), total: problems.length };
}
