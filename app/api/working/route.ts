/** The working of the scenario in the query, as CSV (lib/view-models/working.ts): one line per measure and year. */
import { evaluate } from '@/lib/engine';
import { decodeScenario } from '@/lib/scenario';
import { workingCsv } from '@/lib/view-models';

export function GET(request: Request) {
  const decoded = decodeScenario(new URL(request.url).search);
  return new Response(workingCsv(evaluate(decoded.scenario)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ai-infra-working.csv"',
    },
  });
}
