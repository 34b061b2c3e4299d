import { methodSteps, type MethodStep } from '@/lib/engine';
import { groupHref, parameterHref, resolveStepReads } from './anchors';
import { LINK } from './section';

/** Every step of the computation, numbered, as the engine describes it (lib/engine/methodology.ts). */
export function MethodSteps({ query = '' }: { query?: string }) {
  return (
    <ol className="space-y-5">
      {methodSteps.map((step) => (
        <li key={step.step}>
          <StepCard step={step} query={query} />
        </li>
      ))}
    </ol>
  );
}

function StepCard({ step, query }: { step: MethodStep; query: string }) {
  const headingId = `step-${step.step}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-border bg-card p-5 text-card-foreground sm:p-6">
      <div className="flex items-baseline gap-3">
        <span
          aria-hidden="true"
          className="figures inline-flex h-9 w-9 shrink-0 items-center justify-center self-start rounded-full bg-foreground text-base font-semibold text-background"
        >
          {step.step}
        </span>
        <h3 id={headingId} className="text-xl font-semibold leading-snug">
          <span className="sr-only">Step {step.step}: </span>
          {step.title}
        </h3>
      </div>
      <div className="mt-3 space-y-4 sm:pl-12">
        <p className="max-w-3xl text-base leading-relaxed sm:text-lg sm:leading-relaxed">{step.plain}</p>
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-muted-foreground">Formula</p>
          <pre className="mt-1.5 whitespace-pre-wrap break-words rounded-lg bg-muted px-4 py-3 font-mono text-[15px] leading-relaxed">
            <code>
              {/* One statement a line: the engine writes a step's statements separated by "; ". */}
              {step.formula.split('; ').map((statement, i) => (
                <span key={i} className="block">
                  {statement}
                </span>
              ))}
            </code>
          </pre>
        </div>
        <StepReads step={step} query={query} />
      </div>
    </article>
  );
}

function StepReads({ step, query }: { step: MethodStep; query: string }) {
  const { groups, unresolved } = resolveStepReads(step);
  if (groups.length === 0 && unresolved.length === 0) {
    return <p className="text-base text-muted-foreground">Reads no parameters of its own: it combines the steps above.</p>;
  }
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted-foreground">Parameters it reads</p>
      <dl className="mt-1.5 space-y-1.5 text-base">
        {groups.map((reads) => (
          <div key={reads.group} className="flex flex-col gap-x-2 sm:flex-row">
            <dt className="shrink-0 font-medium sm:w-36">
              <a className={LINK} href={groupHref(reads.group, query)}>
                {reads.group}
              </a>
              :
            </dt>
            <dd className="text-muted-foreground">
              {reads.wholeGroup ? (
                <span>all {reads.count} parameters in the group</span>
              ) : (
                reads.shown.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 ? (i === reads.shown.length - 1 && reads.more === 0 ? ' and ' : ', ') : null}
                    <a className={`${LINK} text-foreground`} href={parameterHref(p.id, query)}>
                      {p.label}
                    </a>
                  </span>
                ))
              )}
              {reads.more > 0 ? (
                <>
                  {' and '}
                  <a className={LINK} href={groupHref(reads.group, query)}>
                    {reads.more} more
                  </a>
                </>
              ) : null}
            </dd>
          </div>
        ))}
        {unresolved.length > 0 ? (
          <div className="flex flex-col gap-x-2 sm:flex-row">
            <dt className="shrink-0 font-medium sm:w-36">Not in the registry:</dt>
            <dd className="font-mono text-sm">{unresolved.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
