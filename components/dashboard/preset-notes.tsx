'use client';
/**
 * What the chosen preset assumes, in its own sentence; and for a preset built from claims (Seed thesis),
 * which of its figures public data supports or contradicts, so a viewer sees what the conclusion rests on
 * (ECONOMICS.md, "What the seeds claim").
 */
import Link from 'next/link';
import { getPreset, parametersById, formatParameterValue, type ClaimStatus } from '@/lib/engine';
import { ClaimStatusBadge } from '@/components/ui/badges';

const ORDER: ClaimStatus[] = ['contradicted', 'unconfirmable', 'vendor claim', 'supported'];

export function PresetNotes({ presetId }: { presetId: string | null }) {
  const preset = presetId ? getPreset(presetId) : undefined;
  if (!preset || preset.id === 'public') return null;
  const notes = preset.notes ? Object.entries(preset.notes) : [];
  if (notes.length === 0) {
    return (
      <p className="mt-3 rounded-lg border bg-card p-3 text-sm text-card-foreground" data-testid="preset-description">
        <span className="font-semibold">{preset.name}:</span> {preset.description}
      </p>
    );
  }
  const counts = ORDER.map((status) => [status, notes.filter(([, n]) => n.status === status).length] as const).filter(([, n]) => n > 0);
  const plural = (status: ClaimStatus, n: number) => (n > 1 && status === 'vendor claim' ? 'vendor claims' : status);
  return (
    <details className="mt-3 rounded-lg border bg-card p-3 text-sm text-card-foreground" data-testid="preset-notes">
      <summary className="cursor-pointer font-medium">
        {preset.name} sets {notes.length} of the seeds’ figures: {counts.map(([s, n]) => `${n} ${plural(s, n)}`).join(', ')}. Show them
      </summary>
      <p className="mt-2" data-testid="preset-description">
        {preset.description}
      </p>
      <ul className="mt-2 space-y-1.5">
        {notes.map(([id, note]) => {
          const spec = parametersById.get(id);
          const value = preset.values[id];
          return (
            <li key={id}>
              <span className="mr-1.5">
                <ClaimStatusBadge status={note.status} />
              </span>
              <span className="font-medium">
                {spec?.label ?? id}
                {spec && value !== undefined ? `: ${formatParameterValue(spec, value)}` : ''}
              </span>{' '}
              <span className="text-muted-foreground">{note.note}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2">
        <Link href="/methodology#presets" className="underline underline-offset-4">
          Every preset and its sources
        </Link>
      </p>
    </details>
  );
}
