/**
 * On a phone, says that a wide table scrolls sideways (its first column stays put), since a cut-off column
 * otherwise looks like the end of the table. Hidden where the table fits.
 */
export function TableScrollHint() {
  return (
    <p className="mt-1 text-xs text-muted-foreground md:hidden" aria-hidden>
      Swipe the table sideways for every column →
    </p>
  );
}
