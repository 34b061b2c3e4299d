'use client';
/**
 * What the chosen preset assumes, in its own sentence; and for a preset built from claims (Seed thesis),
 * which of the seeds' claims it takes as figures and whether public data supports or contradicts each, with
 * the figures under their claim, so a viewer sees what the conclusion rests on (lib/engine/seed-claims.ts).
 */
import Link from 'next/link';
import { claimsSetBy, getPreset, parametersById, formatParameterValue, seedClaims, type ClaimStatus } from '@/lib/engine';
import { ClaimStatusBadge } from '@/components/ui/badges';
import { SEED_CLAIMS_PATH, withQuery } from '@/components/methodology/anchors';

const ORDER: ClaimStatus[] = ['contradicted', 'unconfirmable', 'vendor claim', 'supported'];

export function PresetNotes({
  presetId,
  query = '',
}: {
  presetId: string | null;
  /** The scenario's link query, kept by the methodology links. */ query?: string;
}) {
  const preset = presetId ? getPreset(presetId) : undefined;
  if (!preset || preset.id === 'public') return null;
  if (!preset.notes || Object.keys(preset.notes).length === 0) {
    return (
      <p className="mt-3 rounded-lg border bg-card p-3 text-sm text-card-foreground" data-testid="preset-description">
        <span className="font-semibold">{preset.name}:</span> {preset.description}
      </p>
    );
  }
  // Counted as claims, each with the figures it sets under it: the methodology page counts the same list.
  const claims = claimsSetBy(preset);
  const counts = ORDER.map((status) => [status, claims.filter((c) => c.claim.status === status).length] as const).filter(([, n]) => n > 0);
  const plural = (status: ClaimStatus, n: number) => (n > 1 && status === 'vendor claim' ? 'vendor claims' : status);
  const figureCount = claims.reduce((n, c) => n + c.figures.length, 0);
  return (
    <details className="mt-3 rounded-lg border bg-card p-3 text-sm text-card-foreground" data-testid="preset-notes">
      <summary className="cursor-pointer font-medium">
        {preset.name} takes {claims.length} of the seeds’ {seedClaims.length} claims as figures: {counts.map(([s, n]) => `${n} ${plural(s, n)}`).join(', ')}.
        Show them
      </summary>
      <p className="mt-2" data-testid="preset-description">
        {preset.description}
      </p>
      <p className="mt-2 text-muted-foreground">
        {claims.length} claims, setting {figureCount} figures:
      </p>
      <ul className="mt-2 space-y-2.5">
        {claims.map(({ claim, figures }) => (
          <li key={claim.claim} data-testid="preset-claim">
            <span className="mr-1.5">
              <ClaimStatusBadge status={claim.status} />
            </span>
            <span className="font-semibold">{claim.claim}</span>
            <ul className="mt-1 space-y-1 pl-5">
              {figures.map(({ id, value, note }) => {
                const spec = parametersById.get(id);
                return (
                  <li key={id} className="list-disc marker:text-muted-foreground">
                    <span className="font-medium">
                      {spec?.label ?? id}
                      {spec && value !== undefined ? `: ${formatParameterValue(spec, value)}` : ''}
                    </span>{' '}
                    <span className="text-muted-foreground">{note}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={withQuery(SEED_CLAIMS_PATH, query)} className="underline underline-offset-4">
          All {seedClaims.length} claims, checked against public data
        </Link>
        {' · '}
        <Link href={withQuery('/methodology#presets', query)} className="underline underline-offset-4">
          Every preset and its sources
        </Link>
      </p>
    </details>
  );
}
