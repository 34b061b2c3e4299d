'use client';
/**
 * A card's CSV download where the card has no image to export (the Risk view's fans, histogram and drivers,
 * the Compare waterfall): the same file as the Export menu's CSV, its code loaded at the click.
 */
import { Button } from '@/components/ui/button';
import { downloadCsv } from '@/components/ui/download';
import { useCurrentQuery } from './scenario-link';

export function CsvButton({ title, fileStem, csv }: { title: string; fileStem: string; csv: () => string }) {
  const currentQuery = useCurrentQuery();
  const download = () => {
    // The figures on screen at the click, not after the file's code has loaded.
    const text = csv();
    const query = currentQuery?.() ?? null;
    import('./csv-download')
      .then((m) => m.downloadTableCsv(title, text, query))
      .catch((error: unknown) => {
        // Without the source lines (the chunk could not load), rather than no file.
        console.warn('CSV: could not load the source lines', error);
        downloadCsv(`${fileStem}.csv`, text);
      });
  };
  return (
    <Button size="sm" onClick={download}>
      CSV<span className="sr-only">: download the data of {title}</span>
    </Button>
  );
}
