/**
 * Whether the reader is moving a slider right now: a drag or key steps within the last STEER_MS.
 *
 * Charts keep their value axis steady only then (components/charts/use-steady-axis.ts), so a drag across
 * a tick boundary does not rescale back and forth; any other change (a preset, Back, a present-mode
 * slide, a link) and a slider at rest draw the axis a fresh page would, so a link reproduces the screen.
 * A module clock rather than state: the slider writes it on every step and nothing re-renders for it.
 */
export const STEER_MS = 800;

let lastSteerMs = Number.NEGATIVE_INFINITY;

/** Called by the slider on every value it reports. */
export function noteSteering(): void {
  lastSteerMs = performance.now();
}

/** Milliseconds until steering ends (0 when not steering). */
export function steeringLeftMs(): number {
  if (typeof performance === 'undefined') return 0;
  return Math.max(0, lastSteerMs + STEER_MS - performance.now());
}
