/**
 * The scenario file's format (lib/scenario/json.ts) and what printing gives, for the methodology page.
 * Field names and versions come from the code, so the table cannot drift from what the file holds.
 */
import { MODEL_VERSION } from '@/lib/engine';
import { SCHEMA_VERSION } from '@/lib/scenario';
import { SCENARIO_JSON_FORMAT } from '@/lib/scenario/json';

const FIELDS: readonly (readonly [string, string])[] = [
  ['format', `Always “${SCENARIO_JSON_FORMAT}”; a file without it is refused.`],
  [
    'schemaVersion',
    `The link version the file was written in (now ${SCHEMA_VERSION}). An older file is migrated as an older link is; a newer one is read as the current version, with a warning.`,
  ],
  ['modelVersion', `The model that computed the figures when the file was written (now v${MODEL_VERSION}); for the reader, not read back.`],
  ['exportedAt', 'When the file was written (ISO 8601, UTC); not read back.'],
  ['name', 'The scenario’s name as the dashboard shows it (“Seed thesis, 2 changes”); not read back.'],
  ['link', 'The scenario’s link query, which opens the same scenario on the dashboard; not read back (the assumptions are).'],
  ['preset', 'The preset the scenario starts from, or null for Public data.'],
  ['view', 'The view the file was written from, or null for the default (Strategies).'],
  [
    'assumptions',
    'Every parameter, by id: its value in the unit shown (as the link writes it: USD bn, % as 0-100, weights), unit, label, whether it differs from the preset (changed), and its link key. A bare number also works.',
  ],
  ['baseline', 'The pinned baseline, or null: its name, preset and the assumptions where it differs from that preset.'],
  ['simulation', 'The Risk view’s settings: draws, seed, range width, share concentration.'],
  ['focus', 'The cloud and figure the tornado and the waterfall are about.'],
  ['measure', 'What the headline, the winner analysis and the odds speak of: revenue (cloud AI revenue, the default), companyGrossProfit or hosted.'],
];

export function ScenarioFileSection() {
  return (
    <div className="max-w-3xl space-y-4 text-base leading-relaxed">
      <p>
        <strong>Reading a file is reading a link.</strong> The file’s fields become the link’s keys and go through the same checks: a value out of range is
        clamped, an unreadable one falls back to the preset’s, an unknown parameter or preset is ignored, and each is said in words after the import, as a
        link’s problems are. Only a file that cannot be read at all (not JSON, another format, no assumptions) is refused, and then nothing on the dashboard
        changes. An import is one step in the browser’s history: Back undoes it.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The fields of a scenario file</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Field
              </th>
              <th scope="col" className="py-2 font-semibold">
                Holds
              </th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map(([field, holds]) => (
              <tr key={field} className="border-b align-top">
                <th scope="row" className="py-2 pr-4 font-mono font-normal">
                  {field}
                </th>
                <td className="py-2">{holds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>Printing</strong> gives the view on screen on one landscape A4 page: the answer, the view’s charts, and a line with the scenario’s name and its
        link, so the paper leads back to the live scenario. Controls and long tables stay on the screen; the Risk view, with six charts, is printed smaller.
      </p>
    </div>
  );
}
