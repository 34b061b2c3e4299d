'use client';
/**
 * A card's CSV download where the card has no image to export (the Risk view's fans, histogram and drivers,
 * the Compare waterfall): the same file as the Export menu's CSV, its code (and the CSV writers) loaded at
 * the click.
 */
import { useState } from 'react';
import type { ChartModel } from '@/lib/view-models';
import { Button } from '@/components/ui/button';
import { useCurrentQuery } from './scenario-link';

export function CsvButton({
  title,
  data,
}: {
  title: string;
  /** The CSV's table (csvTable), or a chart's model (written as chartCsv does), read at the click. */
  data: () => string | ChartModel;
}) {
  const currentQuery = useCurrentQuery();
  const [failed, setFailed] = useState(false);
  const download = () => {
    // The figures on screen at the click, not after the file's code has loaded.
    const table = data();
    const query = currentQuery?.() ?? null;
    setFailed(false);
    import('./csv-download')
      .then((m) => m.downloadTableCsv(title, table, query))
      .catch((error: unknown) => {
        console.warn('CSV: its code could not be loaded', error);
        setFailed(true);
      });
  };
  return (
    <>
      <Button size="sm" onClick={download} data-csv-button>
        CSV<span className="sr-only">: download the data of {title}</span>
      </Button>
      {failed && (
        <span role="alert" className="text-xs text-negative">
          The CSV could not be made (the connection may have dropped): try again.
        </span>
      )}
    </>
  );
}
