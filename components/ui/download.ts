/** Saves a file through a temporary link: a blob's URL, or one of our own routes (the chart images). */
export function downloadFrom(url: string, filename: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves content made in the page as a file (no server round trip). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  downloadFrom(url, filename);
  // Revoked once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file, e.g. a chart's CSV. */
export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/**
 * Saves a chart's data as CSV (no server round trip: the data is on screen), with a byte-order mark: Excel
 * reads a CSV without one in the system's code page and garbles "→" and "’".
 */
export function downloadCsv(filename: string, text: string): void {
  downloadText(filename, `\uFEFF${text}`, 'text/csv;charset=utf-8');
}
