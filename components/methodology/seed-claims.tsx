import { SEED_ARTICLES, claimsSetBy, formatParameterValue, getPreset, parametersById, seedClaims } from '@/lib/engine';
import { parameterHref } from './anchors';
import { LINK } from './section';
import { CLAIM_STATUSES, ClaimStatusBadge, claimStatusLabel } from '@/components/ui/badges';
import { TD_DOC, TD_DOC_BADGE, TableRegion } from '@/components/ui/table';

/**
 * The seed articles' claims against public data, each with the figures the Seed thesis preset sets from it
 * under it (the dashboard's Seed thesis note counts the same claims), then the articles themselves.
 */
export function SeedClaims({ query = '' }: { query?: string }) {
  const seed = getPreset('seed');
  const figuresOf = new Map(seed ? claimsSetBy(seed).map((c) => [c.claim.claim, c.figures] as const) : []);
  const setCount = figuresOf.size;
  const tally = CLAIM_STATUSES.map((status) => ({ status, count: seedClaims.filter((c) => c.status === status).length })).filter((t) => t.count > 0);
  return (
    <div className="space-y-10">
      <div>
        <h3 id="seed-claims-heading" className="text-xl font-semibold">
          Claims against public data
        </h3>
        <p className="mt-2 text-lg">
          Of the {seedClaims.length} claims checked:{' '}
          {tally.map((t, i) => (
            <span key={t.status}>
              {i > 0 ? (i === tally.length - 1 ? ' and ' : ', ') : null}
              <span className="figures font-semibold">{t.count}</span> {claimStatusLabel(t.status).toLowerCase()}
            </span>
          ))}
          . The Seed thesis preset takes {setCount} of them as figures, listed under each claim; the others are in the model from the facts ledger (the
          contracts, the investment) or not modelled.
        </p>
        <div className="mt-4">
          <TableRegion
            label="Seed claims table (scrolls sideways)"
            density="document"
            columns={[{ label: 'Seed claim', width: 'w-[34%]' }, { label: 'Status', width: 'w-[11rem]' }, 'What public data says']}
            table={{ 'aria-labelledby': 'seed-claims-heading', className: 'min-w-[40rem] table-fixed' }}
          >
            {seedClaims.map((claim) => (
              <tr key={claim.claim}>
                <th scope="row" className={`${TD_DOC} text-left text-base font-medium`}>
                  {claim.claim}
                  {figuresOf.get(claim.claim)?.length ? (
                    <ul className="mt-1.5 space-y-0.5 text-sm font-normal text-muted-foreground" aria-label={`Seed thesis figures for: ${claim.claim}`}>
                      {figuresOf.get(claim.claim)!.map(({ id, value }) => {
                        const spec = parametersById.get(id);
                        return (
                          <li key={id}>
                            <a className={LINK} href={parameterHref(id, query)}>
                              {spec?.label ?? id}
                            </a>
                            {spec && value !== undefined ? `: ${formatParameterValue(spec, value)}` : ''}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </th>
                <td className={TD_DOC_BADGE}>
                  <ClaimStatusBadge status={claim.status} />
                </td>
                <td className={`${TD_DOC} text-base`}>{claim.publicData}</td>
              </tr>
            ))}
          </TableRegion>
        </div>
      </div>

      <div>
        <h3 className="text-xl font-semibold">The seed articles</h3>
        <ol className="mt-3 list-decimal space-y-1.5 pl-6 text-base leading-relaxed marker:text-muted-foreground">
          {SEED_ARTICLES.map((article) => (
            <li key={article}>{article}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}
