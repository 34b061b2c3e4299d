import { useState } from 'react';
import { DEFAULT_SIMULATION_SETTINGS, SIMULATION_SETTINGS, type SimulationSettingSpec, type SimulationSettings } from '@/lib/engine';
import { formatSetting, parseSimulationSetting } from '@/lib/scenario';
import { Button } from '@/components/ui/button';
import { SELECT } from '../focus-picker';
import { formatCount } from '@/lib/format';

/** Choices offered for each setting (any value within bounds still works from a link). */
const SETTING_CHOICES: Readonly<Record<Exclude<SimulationSettingSpec['id'], 'seed'>, readonly number[]>> = {
  samples: [1000, 2000, 5000, 10_000, 20_000],
  spread: [0, 0.5, 1, 1.5, 2],
  concentration: [10, 20, 40, 100, 400],
};

/** The simulation's settings (draws, seed, range width, concentration), folded under the answer. */
export function SettingsForm({ settings, onChange }: { settings: SimulationSettings; onChange: (s: Partial<SimulationSettings>) => void }) {
  const [seedText, setSeedText] = useState<string | null>(null);
  const [seedNote, setSeedNote] = useState<string | null>(null);
  const seedSpec = SIMULATION_SETTINGS.find((s) => s.id === 'seed') as SimulationSettingSpec;
  const commitSeed = () => {
    if (seedText === null) return;
    const typed = seedText.trim();
    // Read as a link's `seed` is (rounded to the step, held within bounds); text that is no number keeps the seed.
    const used = typed !== '' && Number.isFinite(Number(typed)) ? parseSimulationSetting(seedSpec, typed).value : settings.seed;
    // Say what was used when it is not what was typed; the bounds are the registry's.
    const bounds = `${formatCount(seedSpec.min)} to ${formatCount(seedSpec.max)}`;
    setSeedNote(String(used) === typed ? null : `Seeds are whole numbers from ${bounds}: using ${used}.`);
    onChange({ seed: used });
    setSeedText(null);
  };
  const changed = SIMULATION_SETTINGS.some((s) => settings[s.id] !== DEFAULT_SIMULATION_SETTINGS[s.id]);
  return (
    <details className="mt-3 rounded-md bg-muted/60 px-3 py-1" data-present-hide>
      <summary className="cursor-pointer py-1.5 text-sm font-medium">Simulation settings{changed ? ' (changed)' : ''}</summary>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3 pb-3 pt-1">
        {SIMULATION_SETTINGS.map((spec) =>
          spec.id === 'seed' ? (
            <label key={spec.id} className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{spec.label}</span>
              <span className="flex gap-2">
                <input
                  type="number"
                  inputMode="numeric"
                  min={spec.min}
                  max={spec.max}
                  value={seedText ?? String(settings.seed)}
                  onChange={(e) => setSeedText(e.target.value)}
                  onBlur={commitSeed}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') commitSeed();
                  }}
                  className={`${SELECT} w-28`}
                  aria-describedby={`setting-${spec.id}-help`}
                />
                <Button onClick={() => onChange({ seed: (settings.seed % spec.max) + 1 })}>Next seed</Button>
              </span>
              <span id={`setting-${spec.id}-help`} className="max-w-64 text-xs text-muted-foreground">
                {spec.description}
              </span>
              {seedNote && (
                <span className="max-w-64 text-xs font-medium" role="status">
                  {seedNote}
                </span>
              )}
            </label>
          ) : (
            <label key={spec.id} className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{spec.label}</span>
              <select
                className={SELECT}
                value={String(settings[spec.id])}
                onChange={(e) => onChange({ [spec.id]: Number(e.target.value) })}
                aria-describedby={`setting-${spec.id}-help`}
              >
                {withCurrent(SETTING_CHOICES[spec.id], settings[spec.id]).map((v) => (
                  <option key={v} value={String(v)}>
                    {formatSetting(spec, v)}
                  </option>
                ))}
              </select>
              <span id={`setting-${spec.id}-help`} className="max-w-64 text-xs text-muted-foreground">
                {spec.description}
              </span>
            </label>
          ),
        )}
      </div>
    </details>
  );
}

/** The offered choices plus the current value when a link set another. */
function withCurrent(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);
}
