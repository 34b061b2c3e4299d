import { MODEL_CHANGELOG, MODEL_VERSION } from '@/lib/engine';
import { formatDay } from '@/lib/format';

/** The model's dated changelog, newest first; links made with an older model point here. */
export function Changelog() {
  return (
    <ol className="space-y-8">
      {MODEL_CHANGELOG.map((entry) => (
        <li key={entry.version} id={`model-v${entry.version}`} className="scroll-mt-6">
          <h3 className="text-xl font-semibold">
            v{entry.version}
            {entry.version === MODEL_VERSION ? ' (current)' : ''}: {entry.title}
          </h3>
          <p className="mt-1 text-sm text-muted-foreground">
            <time dateTime={entry.date}>{formatDay(entry.date)}</time>
          </p>
          <ul className="mt-3 list-disc space-y-2 pl-6 text-base leading-relaxed">
            {entry.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
